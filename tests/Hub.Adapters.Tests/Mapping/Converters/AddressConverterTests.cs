using Hub.Adapters.Mapping.Converters;

namespace Hub.Adapters.Tests.Mapping.Converters;

public class AddressConverterTests
{
    private readonly AddressConverter _converter = new();

    [Theory]
    [InlineData("群馬県前橋市大手町２－１２－１", "群馬県前橋市大手町2-12-1")]
    [InlineData("群馬県 前橋市 大手町2−12−1", "群馬県前橋市大手町2-12-1")]
    [InlineData("福島県会津若松市東栄町3ー46", "福島県会津若松市東栄町3-46")]
    [InlineData("大阪府堺市堺区南瓦町3‐1　堺市役所", "大阪府堺市堺区南瓦町3-1 堺市役所")]
    public void Convert_OneLineAddress_ReturnsCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, _converter.Convert(input).Value);
    }

    [Fact]
    public void Convert_LongVowelMarkInsideAName_IsKept()
    {
        Assert.Equal("東京都千代田区丸の内1-1 パークビル", _converter.Convert("東京都千代田区丸の内1-1 パークビル").Value);
    }

    [Theory]
    [InlineData("前橋市大手町2-12-1")]
    [InlineData("Maebashi, Gunma")]
    public void Convert_NoPrefecture_FailsWithUnrecognised(string input)
    {
        Assert.Equal("address.unrecognised", _converter.Convert(input).ErrorCode);
    }
}
