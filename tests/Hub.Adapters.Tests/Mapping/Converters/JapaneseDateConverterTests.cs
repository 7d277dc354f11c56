using Hub.Adapters.Mapping.Converters;

namespace Hub.Adapters.Tests.Mapping.Converters;

public class JapaneseDateConverterTests
{
    private readonly JapaneseDateConverter _converter = new();

    [Theory]
    // Every era in kanji.
    [InlineData("令和6年4月30日", "2024-04-30")]
    [InlineData("平成2年1月15日", "1990-01-15")]
    [InlineData("昭和64年1月7日", "1989-01-07")]
    [InlineData("昭和20年8月15日", "1945-08-15")]
    [InlineData("大正15年12月24日", "1926-12-24")]
    [InlineData("大正元年7月30日", "1912-07-30")]
    [InlineData("明治45年7月29日", "1912-07-29")]
    [InlineData("明治33年1月1日", "1900-01-01")]
    // 元年, the first year of an era, on and after its first day.
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("平成元年1月8日", "1989-01-08")]
    [InlineData("昭和元年12月25日", "1926-12-25")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    // Initial letters, upper and lower case, with dots, slashes or 年月日, and the one-kanji abbreviation.
    [InlineData("R6.4.30", "2024-04-30")]
    [InlineData("H2.1.15", "1990-01-15")]
    [InlineData("S64.1.7", "1989-01-07")]
    [InlineData("T15.12.24", "1926-12-24")]
    [InlineData("M45.7.29", "1912-07-29")]
    [InlineData("h02.01.15", "1990-01-15")]
    [InlineData("H2/1/15", "1990-01-15")]
    [InlineData("H2年1月15日", "1990-01-15")]
    [InlineData("R元.5.1", "2019-05-01")]
    [InlineData("平2.1.15", "1990-01-15")]
    // Full-width digits, letters and spaces (NFKC first).
    [InlineData("平成２年１月１５日", "1990-01-15")]
    [InlineData("Ｈ２．１．１５", "1990-01-15")]
    [InlineData("令和 6年 4月 30日", "2024-04-30")]
    [InlineData("令和元年５月１日", "2019-05-01")]
    // Gregorian forms.
    [InlineData("1990-04-01", "1990-04-01")]
    [InlineData("1990-4-1", "1990-04-01")]
    [InlineData("1990/04/01", "1990-04-01")]
    [InlineData("1990.4.1", "1990-04-01")]
    [InlineData("1990年4月1日", "1990-04-01")]
    [InlineData("１９９０／０４／０１", "1990-04-01")]
    [InlineData("19900401", "1990-04-01")]
    [InlineData("2000/2/29", "2000-02-29")]
    public void Convert_RecognisedDate_ReturnsIso8601(string input, string expected)
    {
        var result = _converter.Convert(input);

        Assert.False(result.IsFailure, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    // The calendar would accept these, but they lie after the era's end (or before its start).
    [InlineData("平成31年5月1日")]
    [InlineData("昭和64年1月8日")]
    [InlineData("平成元年1月7日")]
    [InlineData("令和元年4月30日")]
    [InlineData("大正15年12月25日")]
    [InlineData("明治45年7月30日")]
    [InlineData("昭和65年1月1日")]
    [InlineData("H31.5.1")]
    public void Convert_DateOutsideItsEra_FailsWithOutsideEra(string input)
    {
        var result = _converter.Convert(input);

        Assert.True(result.IsFailure);
        Assert.Equal("date.outside_era", result.ErrorCode);
    }

    [Theory]
    [InlineData("令和6年2月30日")]
    [InlineData("令和5年2月29日")]
    [InlineData("平成2年13月1日")]
    [InlineData("R6.4.31")]
    [InlineData("平成0年1月1日")]
    [InlineData("明治1年1月1日")]
    [InlineData("1990/02/30")]
    [InlineData("2023-02-29")]
    [InlineData("1990-00-10")]
    public void Convert_DateThatDoesNotExist_FailsWithInvalid(string input)
    {
        var result = _converter.Convert(input);

        Assert.True(result.IsFailure);
        Assert.Equal("date.invalid", result.ErrorCode);
    }

    [Theory]
    [InlineData("X2.1.15")]
    [InlineData("Heisei 2.1.15")]
    [InlineData("平成2年1月")]
    [InlineData("1990/04-01")]
    [InlineData("90/4/1")]
    [InlineData("yesterday")]
    [InlineData("平成二年一月十五日")]
    public void Convert_UnrecognisedFormat_FailsWithUnrecognised(string input)
    {
        var result = _converter.Convert(input);

        Assert.True(result.IsFailure);
        Assert.Equal("date.unrecognised", result.ErrorCode);
    }

    [Fact]
    public void Convert_Failure_MessageDoesNotContainTheValue()
    {
        var result = _converter.Convert("令和6年2月30日");

        Assert.DoesNotContain("令和6年2月30日", result.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("30", result.ErrorMessage, StringComparison.Ordinal);
    }
}
