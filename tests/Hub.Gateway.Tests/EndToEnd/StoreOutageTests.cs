using System.Net;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.Gateway.Tests.Infrastructure;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>When Redis is gone the hub fails closed: the person sees the 503 page, nothing goes to the RP.</summary>
public sealed class StoreOutageTests : IAsyncLifetime
{
    private RedisServerProcess _redis = null!;
    private TestFederation _federation = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServerProcess.StartAsync();
        _federation = await TestFederation.StartAsync(redis: _redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _federation.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task ChoicePage_RedisDownMidFlow_StoreUnavailablePageThenRecovers()
    {
        using var browser = _federation.CreateBrowser();
        var choice = await browser.FollowAsync(await browser.GetAsync(_federation.CreateRelyingParty().AuthorizeUrl()));
        Assert.NotNull(choice.Form("choose"));
        await _redis.StopAsync();

        var down = await browser.FollowAsync(await browser.GetAsync(choice.Url));
        await _redis.RestartAsync();
        var afterwards = await browser.FollowAsync(await browser.GetAsync(_federation.CreateRelyingParty().AuthorizeUrl()));

        ErrorPages.AssertShown(down, "store-unavailable", HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(afterwards.Form("choose"));
    }
}
