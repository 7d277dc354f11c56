using System.Net;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class EndSessionTests : IClassFixture<EndSessionTests.Host>
{
    private readonly OpenIdProviderHost _host;

    public EndSessionTests(Host host) => _host = host.Provider;

    public sealed class Host : IDisposable
    {
        public OpenIdProviderHost Provider { get; } = new();

        public void Dispose() => Provider.Dispose();
    }

    [Fact]
    public async Task EndSession_RegisteredPostLogoutUriWithClientId_RedirectsWithState()
    {
        var response = await EndSessionAsync(new()
        {
            ["client_id"] = TestTrustList.OsakaService,
            ["post_logout_redirect_uri"] = TestTrustList.PostLogoutRedirectUri,
            ["state"] = "logout-state",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestTrustList.PostLogoutRedirectUri + "?state=logout-state", response.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task EndSession_RegisteredPostLogoutUriWithIdTokenHint_Redirects()
    {
        var client = _host.CreateOidcClient();
        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync());

        var response = await EndSessionAsync(new()
        {
            ["id_token_hint"] = tokens.GetProperty("id_token").GetString(),
            ["post_logout_redirect_uri"] = TestTrustList.PostLogoutRedirectUri,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(TestTrustList.PostLogoutRedirectUri, response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://rp.example/signed-out/")]
    [InlineData("https://rp.example/callback")]
    [InlineData("https://attacker.example/signed-out")]
    public async Task EndSession_UnregisteredPostLogoutUri_ShowsErrorPage(string uri)
    {
        var response = await EndSessionAsync(new() { ["client_id"] = TestTrustList.OsakaService, ["post_logout_redirect_uri"] = uri });

        await AuthorizationEndpointTests.AssertErrorPage(response, "invalid_request");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("unknown-service")]
    [InlineData(TestTrustList.SuspendedService)]
    public async Task EndSession_PostLogoutUriWithoutAccreditedClient_ShowsErrorPage(string? clientId)
    {
        var response = await EndSessionAsync(new() { ["client_id"] = clientId, ["post_logout_redirect_uri"] = TestTrustList.PostLogoutRedirectUri });

        await AuthorizationEndpointTests.AssertErrorPage(response, "invalid_request");
    }

    [Fact]
    public async Task EndSession_ClientIdDisagreesWithIdTokenHint_ShowsErrorPage()
    {
        var client = _host.CreateOidcClient();
        var tokens = await client.RedeemSuccessfullyAsync(await client.GetCodeAsync());

        var response = await EndSessionAsync(new()
        {
            ["client_id"] = TestTrustList.OtherSectorService,
            ["id_token_hint"] = tokens.GetProperty("id_token").GetString(),
            ["post_logout_redirect_uri"] = TestTrustList.PostLogoutRedirectUri,
        });

        await AuthorizationEndpointTests.AssertErrorPage(response, "invalid_request");
    }

    [Fact]
    public async Task EndSession_WithoutPostLogoutUri_ShowsSignedOutPage()
    {
        var response = await EndSessionAsync(new() { ["client_id"] = TestTrustList.OsakaService });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("signed out", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> EndSessionAsync(Dictionary<string, string?> parameters)
    {
        var client = _host.CreateOidcClient();
        return client.Http.GetAsync(QueryHelpers.AddQueryString("connect/endsession", parameters.Where(p => p.Value is not null)));
    }
}
