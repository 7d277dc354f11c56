using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Engine;
using Hub.Adapters.Mapping.Model;
using static Hub.Adapters.Tests.Mapping.MappingTestProfiles;

namespace Hub.Adapters.Tests.Mapping.Engine;

public class AttributeMapperTests
{
    private static readonly DateTimeOffset Noon = new(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(9));
    private readonly AttributeMapper _mapper = new(ConverterRegistry.BuiltIn);

    [Fact]
    public void Map_UnconvertibleValue_DropsItAndWarnsWithoutTheValue()
    {
        var profile = With(Rule("birthdate", "urn:x:birthdate", "japanese-date"), Rule("gender", "urn:x:gender", "iso5218-gender"));

        var result = _mapper.Map(profile, Attributes(("urn:x:birthdate", "令和6年2月30日"), ("urn:x:gender", "1")), ["birthdate", "gender"], Noon);

        Assert.Null(result.Attributes.Birthdate);
        Assert.Null(result.Attributes.AgeOver18);
        Assert.Equal("male", result.Attributes.Gender);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("birthdate", "urn:x:birthdate", "date.invalid"), (warning.Claim, warning.SourceAttribute, warning.Code));
        Assert.DoesNotContain("令和6年2月30日", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ClaimNotDeclared_IsNeitherReadNorEmitted()
    {
        var profile = With(Rule("gender", "sex", "iso5218-gender"), Rule("email", "email", "email"));

        var result = _mapper.Map(profile, Attributes(("sex", "not a gender"), ("email", "a@example.jp")), ["email"], Noon);

        Assert.Null(result.Attributes.Gender);
        Assert.Equal("a@example.jp", result.Attributes.Email);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Map_FirstPresentSourceWins_WithoutFallingThroughOnFailure()
    {
        var rule = new ClaimRule { Claim = "email", From = ["mail", "email"], Convert = ["email"] };

        var result = _mapper.Map(With(rule), Attributes(("mail", "broken"), ("email", "a@example.jp")), ["email"], Noon);

        Assert.Null(result.Attributes.Email);
        Assert.Equal("mail", Assert.Single(result.Warnings).SourceAttribute);
    }

    [Fact]
    public void Map_EmptySourceValue_CountsAsAbsentSoTheNextSourceIsUsed()
    {
        var rule = new ClaimRule { Claim = "email", From = ["mail", "email"], Convert = ["email"] };

        var result = _mapper.Map(With(rule), Attributes(("mail", " "), ("email", "a@example.jp")), ["email"], Noon);

        Assert.Equal("a@example.jp", result.Attributes.Email);
    }

    [Fact]
    public void Map_SeveralDifferentValues_DropsTheClaimAsAmbiguous()
    {
        var result = _mapper.Map(With(Rule("name", "n", "nfkc")), Attributes(("n", "前橋 太郎"), ("n", "高崎 次郎")), ["name"], Noon);

        Assert.Null(result.Attributes.Name);
        Assert.Equal("value.ambiguous", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_ChainThatLeavesValueRaw_DropsItAsNotCanonical()
    {
        var result = _mapper.Map(With(Rule("birthdate", "birthday")), Attributes(("birthday", "1990/04/01")), ["birthdate"], Noon);

        Assert.Null(result.Attributes.Birthdate);
        Assert.Equal("schema.not_canonical", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_UnregisteredConverter_DropsTheValue()
    {
        var result = _mapper.Map(With(Rule("name", "n", "rot13")), Attributes(("n", "前橋 太郎")), ["name"], Noon);

        Assert.Null(result.Attributes.Name);
        Assert.Equal("mapping.converter_unknown", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_GenderNotKnown_OmitsGenderWithoutWarning()
    {
        var result = _mapper.Map(With(Rule("gender", "g", "iso5218-gender")), Attributes(("g", "0")), ["gender"], Noon);

        Assert.Null(result.Attributes.Gender);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void Map_EmailVerified_ReadsTrueFalseAndDigits(string value, bool expected)
    {
        var result = _mapper.Map(With(Rule("email_verified", "ev", "boolean")), Attributes(("ev", value)), ["email_verified"], Noon);

        Assert.Equal(expected, result.Attributes.EmailVerified);
    }
}
