using Hub.Adapters.Mapping.Converters;

namespace Hub.Adapters.Tests.Mapping.Converters;

public class KanaConverterTests
{
    private readonly KanaConverter _converter = new();

    [Theory]
    [InlineData("マエバシ　タロウ", "マエバシ タロウ")]
    [InlineData("ｻｶｲ ﾊﾅｺ", "サカイ ハナコ")]
    [InlineData("ｱｲﾂﾞ ｲﾁﾛｳ", "アイヅ イチロウ")]
    [InlineData("あいづ いちろう", "アイヅ イチロウ")]
    [InlineData("ゔぃくとりあ", "ヴィクトリア")]
    [InlineData("スミス・ジョン", "スミス・ジョン")]
    [InlineData("ｺｰﾋｰ", "コーヒー")]
    [InlineData("いすゞ", "イスヾ")]
    public void Convert_Reading_ReturnsFullWidthKatakana(string input, string expected)
    {
        Assert.Equal(expected, _converter.Convert(input).Value);
    }

    [Theory]
    [InlineData("前橋 タロウ")]
    [InlineData("Maebashi")]
    [InlineData("マエバシ1")]
    [InlineData("マエ-バシ")]
    public void Convert_NonKana_FailsWithKanaInvalid(string input)
    {
        Assert.Equal("kana.invalid", _converter.Convert(input).ErrorCode);
    }
}
