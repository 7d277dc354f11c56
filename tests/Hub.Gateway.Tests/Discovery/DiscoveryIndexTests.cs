using Hub.Gateway.Discovery;
using Hub.Gateway.Policy;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.Gateway.Tests.Policy;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Discovery;

public sealed class DiscoveryIndexTests
{
    private static readonly DiscoveryIndex Index = DiscoveryIndex.Build(PolicyFixtures.Snapshot(), RegionCatalog.Shipped);

    private static string[] Search(string? text, LevelOfAssurance required = LevelOfAssurance.B)
        => [.. Index.Search(new DiscoveryQuery(text), required).Items.Select(o => o.ChoiceValue)];

    [Theory]
    [InlineData("前橋")]
    [InlineData("まえばし")]
    [InlineData("マエバシ")]
    [InlineData("maebashi")]
    [InlineData("群馬")]
    [InlineData("371")]
    [InlineData("〒371-0026")]
    [InlineData("江別")]
    [InlineData("069")]
    [InlineData("おおむら")]
    [InlineData("856")]
    public void Search_MebukuRegionsByKanjiKanaLatinPrefectureOrPostalCode_FindsMebuku(string text)
        => Assert.Equal(["mebuku"], Search(text));

    [Theory]
    [InlineData("堺")]
    [InlineData("さかい")]
    [InlineData("590")]
    [InlineData("599-8531")]
    public void Search_Sakai_SakaIDFirstThenMydoorThroughItsPrefecture(string text)
        => Assert.Equal(["sakai-d", "mydoor-osaka"], Search(text));

    [Theory]
    [InlineData("会津若松")]
    [InlineData("あいづわかまつ")]
    [InlineData("あいずわかまつ")]
    [InlineData("965")]
    public void Search_Aizuwakamatsu_FindsAizuPlus(string text)
        => Assert.Equal(["aizu-plus"], Search(text));

    [Fact]
    public void Search_OsakaMatchesPrefectureAndCity_MydoorAndSakaID()
        => Assert.Equal(["mydoor-osaka", "sakai-d"], Search("大阪"));

    [Fact]
    public void Search_OsakaCityPostalCode_FindsMydoorOnly()
        => Assert.Equal(["mydoor-osaka"], Search("530-8201"));

    [Theory]
    [InlineData("めぶく", "mebuku")]
    [InlineData("ﾒﾌﾞｸ", "mebuku")]
    [InlineData("SakaI-D", "sakai-d")]
    public void Search_ProviderOrBrandName_NameStartingWithItFirst(string text, string expected)
        => Assert.Equal(expected, Search(text)[0]);

    [Theory]
    [InlineData("札幌")]
    [InlineData("とうきょう")]
    [InlineData("100")]
    public void Search_RegionNoProviderServes_Empty(string text)
        => Assert.Empty(Search(text));

    [Fact]
    public void Search_NoText_EveryEntryOfferedFirst()
    {
        var page = Index.Search(new DiscoveryQuery(), LevelOfAssurance.A);

        Assert.Equal(4, page.Total);
        Assert.Equal("mebuku", page.Items[0].ChoiceValue);
        Assert.All(page.Items.Skip(1), o => Assert.Equal(ProviderUnavailability.LevelTooLow, o.Unavailable));
    }

    [Fact]
    public void Search_Prefecture_ListsWhoServesIt()
    {
        Assert.Equal(["mydoor-osaka", "sakai-d"], Index.Search(new DiscoveryQuery(Prefecture: "27"), LevelOfAssurance.B).Items.Select(o => o.ChoiceValue));
        Assert.Equal(["01", "07", "10", "27", "42"], Index.Prefectures.Select(p => p.Code[..2]));
    }

    [Fact]
    public void Search_SuspendedBrand_GreyedAsSuspended()
    {
        var index = DiscoveryIndex.Build(PolicyFixtures.Snapshot(TrustListChanges.SuspendBrand("sakai-d")), RegionCatalog.Shipped);

        var page = index.Search(new DiscoveryQuery("堺"), LevelOfAssurance.B);

        Assert.Equal(["mydoor-osaka", "sakai-d"], page.Items.Select(o => o.ChoiceValue));
        Assert.Equal(ProviderUnavailability.Suspended, page.Items[1].Unavailable);
    }

    [Fact]
    public void Find_RememberedBrand_JudgedForTheLevel()
    {
        Assert.Equal(ProviderUnavailability.LevelTooLow, Index.Find("sakai-d", LevelOfAssurance.A)!.Unavailable);
        Assert.Null(Index.Find("sakai-d", LevelOfAssurance.B)!.Unavailable);
        Assert.Null(Index.Find("nobody", LevelOfAssurance.B));
    }
}
