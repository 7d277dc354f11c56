using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Engine;
using Hub.Adapters.Mapping.Model;
using static Hub.Adapters.Tests.Mapping.MappingTestProfiles;

namespace Hub.Adapters.Tests.Mapping.Engine;

public class AttributeMapperNameTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string[] AllNames = ["name", "family_name", "given_name", "name_kana", "family_name_kana", "given_name_kana"];
    private readonly AttributeMapper _mapper = new(ConverterRegistry.BuiltIn);

    [Fact]
    public void Map_FullNameOnly_SplitsIntoDeclaredParts()
    {
        var profile = With(Rule("name", "n", "nfkc"), Rule("name_kana", "k", "kana"));

        var result = _mapper.Map(profile, Attributes(("n", "前橋　太郎"), ("k", "マエバシ　タロウ")), AllNames, Now);

        Assert.Equal(("前橋 太郎", "前橋", "太郎"), (result.Attributes.Name, result.Attributes.FamilyName, result.Attributes.GivenName));
        Assert.Equal(("マエバシ タロウ", "マエバシ", "タロウ"),
            (result.Attributes.NameKana, result.Attributes.FamilyNameKana, result.Attributes.GivenNameKana));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Map_GivenFamilyOrder_SplitsTheOtherWay()
    {
        var profile = With(Rule("name", "n", "nfkc")) with { Names = new NameSettings { Order = NameOrder.GivenFamily } };

        var result = _mapper.Map(profile, Attributes(("n", "Taro Maebashi")), AllNames, Now);

        Assert.Equal(("Maebashi", "Taro"), (result.Attributes.FamilyName, result.Attributes.GivenName));
    }

    [Fact]
    public void Map_FullNameOfThreeParts_WarnsForEachDeclaredPart()
    {
        var result = _mapper.Map(With(Rule("name", "n", "nfkc")), Attributes(("n", "Anna Maria Suzuki")), ["name", "family_name", "given_name"], Now);

        Assert.Equal("Anna Maria Suzuki", result.Attributes.Name);
        Assert.Null(result.Attributes.FamilyName);
        Assert.Equal(["family_name", "given_name"], result.Warnings.Select(w => w.Claim));
        Assert.All(result.Warnings, w => Assert.Equal("name.not_splittable", w.Code));
    }

    [Fact]
    public void Map_PartsOnly_ComposesTheFullNameInProfileOrder()
    {
        var profile = With(Rule("family_name", "f", "nfkc"), Rule("given_name", "g", "nfkc"));

        var result = _mapper.Map(profile, Attributes(("f", "会津"), ("g", "一郎")), ["name"], Now);

        Assert.Equal("会津 一郎", result.Attributes.Name);
        // Read to compose the declared name, but not declared themselves: not emitted.
        Assert.Null(result.Attributes.FamilyName);
        Assert.Null(result.Attributes.GivenName);
    }
}
