using Hub.Adapters.Mapping.Converters;

namespace Hub.Adapters.Tests.Mapping.Converters;

public class SmallConverterTests
{
    [Theory]
    [InlineData("true", "true")]
    [InlineData("TRUE", "true")]
    [InlineData("1", "true")]
    [InlineData("false", "false")]
    [InlineData("0", "false")]
    public void Boolean_KnownValue_ReturnsCanonical(string input, string expected)
    {
        Assert.Equal(expected, new BooleanConverter().Convert(input).Value);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("2")]
    public void Boolean_Other_FailsWithBooleanInvalid(string input)
    {
        Assert.Equal("boolean.invalid", new BooleanConverter().Convert(input).ErrorCode);
    }

    [Theory]
    [InlineData("102016", "102016")]
    [InlineData("１０２０１６", "102016")]
    [InlineData(" 271403 ", "271403")]
    public void LgCode_ValidCheckDigit_ReturnsCode(string input, string expected)
    {
        Assert.Equal(expected, new LocalGovernmentCodeConverter().Convert(input).Value);
    }

    [Theory]
    [InlineData("102017")]
    [InlineData("10201")]
    [InlineData("48000X")]
    [InlineData("990009")]
    public void LgCode_BadCode_FailsWithLgcodeInvalid(string input)
    {
        Assert.Equal("lgcode.invalid", new LocalGovernmentCodeConverter().Convert(input).ErrorCode);
    }

    [Theory]
    [InlineData("590-0078", "590-0078")]
    [InlineData("〒５９０－００７８", "590-0078")]
    [InlineData("5900078", "590-0078")]
    public void PostalCode_JapanesePostalCode_ReturnsNnnNnnn(string input, string expected)
    {
        Assert.Equal(expected, new PostalCodeConverter().Convert(input).Value);
    }

    [Theory]
    [InlineData("590-007")]
    [InlineData("59O-0078")]
    public void PostalCode_Malformed_FailsWithPostalCodeInvalid(string input)
    {
        Assert.Equal("postal_code.invalid", new PostalCodeConverter().Convert(input).ErrorCode);
    }

    [Theory]
    [InlineData("hanako@example.jp", "hanako@example.jp")]
    [InlineData(" Hanako@Example.JP ", "Hanako@example.jp")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp")]
    public void Email_Address_ReturnsItWithLowerCaseDomain(string input, string expected)
    {
        Assert.Equal(expected, new EmailConverter().Convert(input).Value);
    }

    [Theory]
    [InlineData("hanako")]
    [InlineData("@example.jp")]
    [InlineData("a@b@example.jp")]
    [InlineData("Hanako <hanako@example.jp>")]
    [InlineData("hanako@localhost")]
    [InlineData("hana ko@example.jp")]
    public void Email_NotAnAddress_FailsWithEmailInvalid(string input)
    {
        Assert.Equal("email.invalid", new EmailConverter().Convert(input).ErrorCode);
    }

    [Fact]
    public void BuiltIn_EveryConverter_HasADistinctName()
    {
        var names = BuiltInConverters.All.Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("japanese-date", names);
        Assert.Contains("iso5218-gender", names);
    }
}
