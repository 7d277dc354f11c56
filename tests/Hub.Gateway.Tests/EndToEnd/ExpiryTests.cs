using System.Net;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>A person who takes longer than the flow lifetime (10 minutes) is asked to start again.</summary>
public sealed class ExpiryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync(time: _time);

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task ChoicePage_AfterTheFlowLifetime_FlowExpiredPage()
    {
        using var browser = _federation.CreateBrowser();
        var choice = await browser.FollowAsync(await browser.GetAsync(_federation.CreateRelyingParty().AuthorizeUrl()));
        Assert.NotNull(choice.Form("choose"));
        _time.Advance(TimeSpan.FromMinutes(11));

        var page = await browser.FollowAsync(await browser.GetAsync(choice.Url));

        ErrorPages.AssertShown(page, "flow-expired", HttpStatusCode.BadRequest);
        Assert.Contains("もう一度", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoicePage_JustBeforeTheFlowLifetime_StillShown()
    {
        using var browser = _federation.CreateBrowser();
        var choice = await browser.FollowAsync(await browser.GetAsync(_federation.CreateRelyingParty().AuthorizeUrl()));
        _time.Advance(TimeSpan.FromMinutes(9));

        var page = await browser.GetAsync(choice.Url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Form("choose"));
    }
}
