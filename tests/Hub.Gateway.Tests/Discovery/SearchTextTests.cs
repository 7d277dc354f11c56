using Hub.Gateway.Discovery;

namespace Hub.Gateway.Tests.Discovery;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("まえばし", "マエバシ")]
    [InlineData("ﾏｴﾊﾞｼ", "マエバシ")]
    [InlineData("あいづわかまつ", "アイズワカマツ")]
    [InlineData(" 前橋 市 ", "前橋市")]
    [InlineData("ＳａｋａＩ－Ｄ", "sakaid")]
    [InlineData("〒590-0078", "5900078")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_Input_FoldedToTheOneNormalForm(string? input, string expected)
        => Assert.Equal(expected, SearchText.Normalize(input));

    [Theory]
    [InlineData("590", true)]
    [InlineData("5900078", true)]
    [InlineData("59000781", false)]
    [InlineData("堺", false)]
    [InlineData("", false)]
    public void IsPostalCode_NormalizedInput_DigitsUpToSeven(string input, bool expected)
        => Assert.Equal(expected, SearchText.IsPostalCode(input));
}
