using System.Net;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>A provider that goes down while the person is logging in there: the hub shows the provider-unavailable page.</summary>
public sealed class ProviderOutageTests : IAsyncLifetime
{
    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync();

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task OidcCallback_ProviderDownBeforeTheCodeExchange_ProviderUnavailablePage()
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var login = new FederationLogin { User = "yuki", Password = "yuki-demo", StopAt = url => url.AbsolutePath.EndsWith("/oidc/callback", StringComparison.Ordinal) };
        var atCallback = await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus"));
        await _federation.Providers["aizu-plus"].StopAsync();

        var page = await browser.FollowAsync(atCallback, RelyingPartyClient.IsCallback);

        ErrorPages.AssertShown(page, "provider-unavailable", HttpStatusCode.ServiceUnavailable);
    }
}
