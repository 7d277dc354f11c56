using System.Net;
using System.Text;
using Hub.Gateway.Discovery;
using Hub.Gateway.Tests.Discovery;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Pages;

/// <summary>A federation of 2,000 providers: the phone gets one small page of results, never the whole list.</summary>
public sealed class ChoicePageScaleTests : IAsyncLifetime
{
    private const int MaxPageBytes = 50 * 1024;

    private TestFederation _federation = null!;

    public async Task InitializeAsync()
        => _federation = await TestFederation.StartAsync(adjust: d => LargeTrustList.Grow(d, 2000));

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task ChoicePage_TwoThousandProviders_SmallPagesAndSearchFindsTheRegion()
    {
        using var browser = _federation.CreateBrowser();
        var first = await browser.FollowAsync(await browser.GetAsync(_federation.CreateRelyingParty().AuthorizeUrl()));

        var search = await browser.GetAsync(new Uri(first.Url + "&q=" + Uri.EscapeDataString("まえばし")));
        var wide = await browser.GetAsync(new Uri(first.Url + "&q=" + Uri.EscapeDataString("群馬") + "&p=3"));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.True(Encoding.UTF8.GetByteCount(first.Html) < MaxPageBytes, $"The choice page is {Encoding.UTF8.GetByteCount(first.Html)} bytes.");
        Assert.Equal(DiscoveryIndex.PageSize, ChoicePageTests.Choices(first.Html).Length);
        Assert.Contains("すべての地域ID（2001件）", first.Html, StringComparison.Ordinal);
        Assert.Equal("mebuku", ChoicePageTests.Choices(search.Html)[0]);
        Assert.Contains("「まえばし」の検索結果（", search.Html, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(wide.Html) < MaxPageBytes);
        Assert.Equal(DiscoveryIndex.PageSize, ChoicePageTests.Choices(wide.Html).Length);
        Assert.Contains("rel=\"prev\"", wide.Html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", wide.Html, StringComparison.Ordinal);
    }
}
