using Hub.Adapters.Mapping.Address;

namespace Hub.Adapters.Tests.Mapping.Address;

public class JapaneseAddressSplitterTests
{
    [Theory]
    [InlineData("群馬県前橋市大手町2-12-1", "群馬県", "前橋市", "大手町2-12-1")]
    [InlineData("大阪府堺市堺区南瓦町3-1", "大阪府", "堺市堺区", "南瓦町3-1")]
    [InlineData("大阪府大阪市北区中之島1-3-20", "大阪府", "大阪市北区", "中之島1-3-20")]
    [InlineData("大阪府大阪市中央区大手前2-1-22", "大阪府", "大阪市中央区", "大手前2-1-22")]
    [InlineData("福島県会津若松市東栄町3-46", "福島県", "会津若松市", "東栄町3-46")]
    [InlineData("北海道江別市高砂町6", "北海道", "江別市", "高砂町6")]
    [InlineData("北海道余市郡余市町朝日町4", "北海道", "余市郡余市町", "朝日町4")]
    [InlineData("長崎県大村市玖島1-25", "長崎県", "大村市", "玖島1-25")]
    [InlineData("群馬県佐波郡玉村町大字下新田201", "群馬県", "佐波郡玉村町", "大字下新田201")]
    [InlineData("群馬県吾妻郡草津町大字草津28", "群馬県", "吾妻郡草津町", "大字草津28")]
    [InlineData("長野県北佐久郡軽井沢町大字軽井沢1323", "長野県", "北佐久郡軽井沢町", "大字軽井沢1323")]
    [InlineData("長野県下伊那郡阿智村駒場483", "長野県", "下伊那郡阿智村", "駒場483")]
    [InlineData("東京都千代田区丸の内1-1", "東京都", "千代田区", "丸の内1-1")]
    [InlineData("東京都町田市森野2-2-22", "東京都", "町田市", "森野2-2-22")]
    [InlineData("東京都東村山市本町1-2-3", "東京都", "東村山市", "本町1-2-3")]
    [InlineData("東京都羽村市緑ヶ丘5-2-1", "東京都", "羽村市", "緑ヶ丘5-2-1")]
    [InlineData("千葉県市原市国分寺台中央1-1-1", "千葉県", "市原市", "国分寺台中央1-1-1")]
    [InlineData("三重県四日市市諏訪町1-5", "三重県", "四日市市", "諏訪町1-5")]
    [InlineData("新潟県十日町市千歳町3-3", "新潟県", "十日町市", "千歳町3-3")]
    [InlineData("福島県郡山市朝日1-23-7", "福島県", "郡山市", "朝日1-23-7")]
    [InlineData("愛知県蒲郡市旭町17-1", "愛知県", "蒲郡市", "旭町17-1")]
    [InlineData("奈良県大和郡山市北郡山町248-4", "奈良県", "大和郡山市", "北郡山町248-4")]
    [InlineData("京都府京都市中京区寺町通御池上る上本能寺前町488", "京都府", "京都市中京区", "寺町通御池上る上本能寺前町488")]
    [InlineData("大阪府堺市南瓦町3-1", "大阪府", "堺市", "南瓦町3-1")]
    public void Split_JapaneseAddress_ReturnsPrefectureMunicipalityAndRest(
        string address, string prefecture, string municipality, string rest)
    {
        var parts = JapaneseAddressSplitter.Split(address);

        Assert.NotNull(parts);
        Assert.Equal(prefecture, parts.Prefecture);
        Assert.Equal(municipality, parts.Municipality);
        Assert.Equal(rest, parts.Rest);
    }

    [Fact]
    public void Split_MunicipalityOnly_HasNoRest()
    {
        var parts = JapaneseAddressSplitter.Split("群馬県前橋市");

        Assert.Equal("前橋市", parts!.Municipality);
        Assert.Null(parts.Rest);
    }

    [Theory]
    [InlineData("前橋市大手町2-12-1")]
    [InlineData("ぐんま県前橋市")]
    [InlineData("群馬県1-2-3")]
    [InlineData("Tokyo")]
    public void Split_NoPrefectureOrMunicipality_ReturnsNull(string address)
    {
        Assert.Null(JapaneseAddressSplitter.Split(address));
    }
}
