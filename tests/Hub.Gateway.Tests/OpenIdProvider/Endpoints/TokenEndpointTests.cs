using System.Net;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class TokenEndpointTests : IClassFixture<TokenEndpointTests.Host>
{
    private readonly OpenIdProviderHost _host;

    public TokenEndpointTests(Host host) => _host = host.Provider;

    public sealed class Host : IDisposable
    {
        public OpenIdProviderHost Provider { get; } = new();

        public void Dispose() => Provider.Dispose();
    }

    [Fact]
    public async Task Token_CodeRedeemedTwice_SecondIsInvalidGrant()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();
        await client.RedeemSuccessfullyAsync(code);

        var second = await client.RedeemAsync(code);

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(second));
    }

    /// <summary>
    /// The code is used up by the first redemption attempt, even one that a later check refuses (RFC 6749 4.1.2,
    /// OAuth 2.1): whoever guessed the verifier wrong does not get a second try, and neither does the RP.
    /// </summary>
    [Fact]
    public async Task Token_WrongCodeVerifier_InvalidGrantAndCodeUsedUp()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var wrong = await client.RedeemAsync(code, new Dictionary<string, string?> { ["code_verifier"] = Pkce.Create().Verifier });
        var right = await client.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(wrong));
        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(right));
    }

    [Fact]
    public async Task Token_MissingCodeVerifier_InvalidRequest()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, new Dictionary<string, string?> { ["code_verifier"] = null });

        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_OtherRedirectUri_InvalidGrant()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, new Dictionary<string, string?> { ["redirect_uri"] = "https://rp.example/other" });

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_MissingRedirectUri_InvalidRequest()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, new Dictionary<string, string?> { ["redirect_uri"] = null });

        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_CodeOfAnotherClient_InvalidGrant()
    {
        var code = await _host.CreateOidcClient().GetCodeAsync();
        var other = _host.CreateOidcClient(TestTrustList.SameSectorService);

        var response = await other.RedeemAsync(code);

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_ForgedCode_InvalidGrant()
    {
        var client = _host.CreateOidcClient();

        var response = await client.RedeemAsync("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");

        Assert.Equal("invalid_grant", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_UnsupportedGrantType_Refused()
    {
        var client = _host.CreateOidcClient();

        var response = await client.RedeemAsync("unused", new Dictionary<string, string?> { ["grant_type"] = "client_credentials" });

        Assert.Equal("unsupported_grant_type", await OidcTestClient.ErrorOf(response));
    }
}
