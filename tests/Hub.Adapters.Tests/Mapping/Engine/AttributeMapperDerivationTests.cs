using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Engine;
using static Hub.Adapters.Tests.Mapping.MappingTestProfiles;

namespace Hub.Adapters.Tests.Mapping.Engine;

public class AttributeMapperDerivationTests
{
    private readonly AttributeMapper _mapper = new(ConverterRegistry.BuiltIn);

    [Theory]
    // Born 2 April 2006: 18 from 00:00 JST on 2 April 2024 (15:00 UTC on 1 April).
    [InlineData("2024-04-01T23:59:59+09:00", false)]
    [InlineData("2024-04-02T00:00:00+09:00", true)]
    [InlineData("2024-04-01T14:59:59Z", false)]
    [InlineData("2024-04-01T15:00:00Z", true)]
    public void Map_AroundThe18thBirthday_DerivesAgeOver18InJst(string reference, bool expected)
    {
        var result = Map(Attributes(("b", "H18.4.2")), ["birthdate"], reference);

        Assert.Equal(new DateOnly(2006, 4, 2), result.Attributes.Birthdate);
        Assert.Equal(expected, result.Attributes.AgeOver18);
        Assert.False(result.Attributes.AgeOver65);
    }

    [Theory]
    [InlineData("2024-12-30T23:59:00+09:00", false)]
    [InlineData("2024-12-31T00:00:00+09:00", true)]
    public void Map_AroundThe65thBirthday_DerivesAgeOver65(string reference, bool expected)
    {
        var result = Map(Attributes(("b", "昭和34年12月31日")), ["birthdate"], reference);

        Assert.Equal(expected, result.Attributes.AgeOver65);
        Assert.True(result.Attributes.AgeOver18);
    }

    [Fact]
    public void Map_BirthdateAfterTheLogin_DropsItAndDerivesNothing()
    {
        var result = Map(Attributes(("b", "令和7年1月1日")), ["birthdate"], "2024-06-01T12:00:00+09:00");

        Assert.Null(result.Attributes.Birthdate);
        Assert.Null(result.Attributes.AgeOver18);
        Assert.Equal("birthdate.in_future", Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void Map_AgeFlagSentDirectly_IsEmittedWhenDeclared()
    {
        var result = Map(Attributes(("o18", "true")), ["age_over_18"], "2024-06-01T12:00:00+09:00");

        Assert.True(result.Attributes.AgeOver18);
        Assert.Null(result.Attributes.AgeOver65);
    }

    [Fact]
    public void Map_AgeFlagContradictingTheBirthdate_IsDropped()
    {
        var result = Map(Attributes(("b", "2010-01-01"), ("o18", "true")), ["birthdate", "age_over_18"], "2024-06-01T12:00:00+09:00");

        Assert.Null(result.Attributes.AgeOver18);
        Assert.False(result.Attributes.AgeOver65);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("age_over_18", "o18", "age.inconsistent"), (warning.Claim, warning.SourceAttribute, warning.Code));
    }

    [Fact]
    public void Map_ResidentOfSentDirectly_AddsPrefectureAndDropsBadCodes()
    {
        var result = Map(Attributes(("r", "102016"), ("r", "102017"), ("r", "012173")), ["resident_of"], "2024-06-01T12:00:00+09:00");

        Assert.Equal(["102016", "100005", "012173", "010006"], result.Attributes.ResidentOf);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(("resident_of", "lgcode.invalid"), (warning.Claim, warning.Code));
    }

    private MappingResult Map(IReadOnlyDictionary<string, IReadOnlyList<string>> attributes, string[] declared, string reference)
    {
        var profile = With(
            Rule("birthdate", "b", "japanese-date"),
            Rule("age_over_18", "o18", "boolean"),
            Rule("resident_of", "r", "lg-code"));
        return _mapper.Map(profile, attributes, declared, DateTimeOffset.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));
    }
}
