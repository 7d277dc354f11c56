using Hub.Adapters.Mapping.Converters;

namespace Hub.Adapters.Tests.Mapping.Converters;

public class NfkcConverterTests
{
    private readonly NfkcConverter _converter = new();

    [Theory]
    [InlineData("ﾏｴﾊﾞｼ", "マエバシ")]
    [InlineData("Ｔａｒｏ", "Taro")]
    [InlineData("前橋　太郎", "前橋 太郎")]
    [InlineData("  前橋 \u3000 太郎\t", "前橋 太郎")]
    [InlineData("大手町２－１２－１", "大手町2-12-1")]
    [InlineData("ﾊﾟｰｸ", "パーク")]
    public void Convert_FullAndHalfWidth_NormalisesAndCollapsesSpaces(string input, string expected)
    {
        Assert.Equal(expected, _converter.Convert(input).Value);
    }

    [Theory]
    // 髙 (U+9AD9) is a unified ideograph: NFKC leaves it, and the hub never folds it into 高.
    [InlineData("髙橋")]
    // 﨑 (U+FA11) sits in the compatibility block but has no decomposition.
    [InlineData("山\uFA11")]
    // 塚 (U+FA10) and 朗 (U+F929) do have one: plain NFKC would turn them into U+585A and U+6717.
    [InlineData("\uFA10本")]
    [InlineData("太\uF929")]
    // A registered glyph selected by an ideographic variation sequence (辻 + VS17) is kept with its selector.
    [InlineData("\u8FBB\U000E0100村")]
    public void Convert_VariantKanji_KeepsTheRegisteredForm(string input)
    {
        Assert.Equal(input, _converter.Convert(input).Value);
    }

    [Fact]
    public void Convert_CompatibilityIdeographAmongFullWidthText_NormalisesOnlyTheRest()
    {
        Assert.Equal("\uFA10本 1", _converter.Convert("\uFA10本　１").Value);
    }

    [Fact]
    public void Convert_VariantKanji_IsNotMappedToTheCommonForm()
    {
        Assert.NotEqual("高橋", _converter.Convert("髙橋").Value);
        Assert.NotEqual("塚本", _converter.Convert("\uFA10本").Value);
    }

    [Theory]
    [InlineData("山\uE000田", "text.private_use")]
    [InlineData("山\u0007田", "text.control_character")]
    [InlineData("山\u200B田", "text.control_character")]
    [InlineData("山\u200D田", "text.control_character")]
    public void Convert_ForbiddenCharacter_FailsWithCode(string input, string code)
    {
        Assert.Equal(code, _converter.Convert(input).ErrorCode);
    }

    [Theory]
    [InlineData(new[] { '山', '\uD800', '田' })]
    [InlineData(new[] { '山', '\uDC00' })]
    [InlineData(new[] { '\uDC00', '\uD800' })]
    public void Convert_BrokenSurrogatePair_FailsWithInvalidUnicode(char[] input)
    {
        Assert.Equal("text.invalid_unicode", _converter.Convert(new string(input)).ErrorCode);
    }

    [Fact]
    public void Convert_CharacterOutsideTheBmp_IsKept()
    {
        Assert.Equal("\U00020BB7野家", _converter.Convert("\U00020BB7野家").Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void Convert_OnlySpaces_IsAbsent(string input)
    {
        Assert.True(_converter.Convert(input).IsAbsent);
    }
}
