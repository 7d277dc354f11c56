using Hub.Adapters.Mapping.Address;
using Hub.TrustList.Regions;

namespace Hub.Adapters.Tests.Mapping.Address;

public class LocalGovernmentTableTests
{
    [Fact]
    public void All_EveryCode_HasAValidCheckDigitAndItsPrefecture()
    {
        foreach (var entry in LocalGovernmentTable.All)
        {
            Assert.True(LocalGovernmentCode.IsValid(entry.Code), entry.Code);
            Assert.Equal(entry.Prefecture, Prefectures.NameOf(entry.Code));
        }
        Assert.Equal(47, LocalGovernmentTable.All.Count(e => e.Municipality is null));
    }

    [Theory]
    [InlineData("100005", "群馬県", null)]
    [InlineData("102016", "群馬県", "前橋市")]
    [InlineData("012173", "北海道", "江別市")]
    [InlineData("422126", "長崎県", "大村市")]
    [InlineData("270008", "大阪府", null)]
    [InlineData("271004", "大阪府", "大阪市")]
    [InlineData("271403", "大阪府", "堺市")]
    [InlineData("072028", "福島県", "会津若松市")]
    [InlineData("130001", "東京都", null)]
    [InlineData("010006", "北海道", null)]
    [InlineData("470007", "沖縄県", null)]
    public void Find_DemoCode_ReturnsPrefectureAndMunicipality(string code, string prefecture, string? municipality)
    {
        var entry = LocalGovernmentTable.Find(code);

        Assert.NotNull(entry);
        Assert.Equal(prefecture, entry.Prefecture);
        Assert.Equal(municipality, entry.Municipality);
    }

    [Theory]
    [InlineData("102016", "100005")]
    [InlineData("271403", "270008")]
    [InlineData("072028", "070009")]
    [InlineData("130001", "130001")]
    public void PrefectureCode_MunicipalityCode_ReturnsItsPrefecturesCode(string code, string expected)
    {
        Assert.Equal(expected, Prefectures.CodeOf(code));
    }

    [Theory]
    [InlineData("大阪府", "大阪市北区", "271004")]
    [InlineData("大阪府", "堺市堺区", "271403")]
    [InlineData("群馬県", "前橋市", "102016")]
    public void FindByName_KnownMunicipality_ReturnsItsCode(string prefecture, string municipality, string code)
    {
        Assert.Equal(code, LocalGovernmentTable.FindByName(prefecture, municipality)?.Code);
    }

    [Fact]
    public void FindByName_MunicipalityOfAnotherPrefecture_ReturnsNull()
    {
        Assert.Null(LocalGovernmentTable.FindByName("群馬県", "堺市"));
    }
}
