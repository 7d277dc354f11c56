using Hub.Gateway.Discovery;
using Hub.Gateway.Tests.Policy;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Discovery;

/// <summary>2,000 providers: the index answers with one page, never the whole list.</summary>
public sealed class DiscoveryScaleTests
{
    private static readonly DiscoveryIndex Index = DiscoveryIndex.Build(PolicyFixtures.Snapshot(d => LargeTrustList.Grow(d, 2000)), RegionCatalog.Shipped);

    [Fact]
    public void Search_TwoThousandProviders_OnePageOfResults()
    {
        var all = Index.Search(new DiscoveryQuery(), LevelOfAssurance.B);
        var gunma = Index.Search(new DiscoveryQuery("ぐんま"), LevelOfAssurance.B);

        Assert.Equal(2001, all.Total);
        Assert.Equal(DiscoveryIndex.PageSize, all.Items.Count);
        Assert.Equal("mebuku", gunma.Items[0].ChoiceValue);
        Assert.True(gunma.Total > 40);
        Assert.Equal(DiscoveryIndex.PageSize, gunma.Items.Count);
    }

    [Fact]
    public void Search_PageBeyondTheLast_ClampedToTheLast()
    {
        var page = Index.Search(new DiscoveryQuery(Page: 10_000), LevelOfAssurance.B);

        Assert.Equal(page.PageCount, page.Page);
        Assert.False(page.HasNext);
        Assert.NotEmpty(page.Items);
    }
}
