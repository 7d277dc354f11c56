using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

namespace Hub.Gateway.Tests.OpenIdProvider.Token;

/// <summary>
/// The form rules of the hub's token endpoint (RFC 6749 3.2, 2.3.1, 5.2): POST with a form, each parameter once, a
/// grant type, client credentials in one place, and invalid_client as 401. None of these uses up the code.
/// </summary>
public sealed class TokenRequestRulesTests : IClassFixture<TokenRequestRulesTests.Host>
{
    private readonly OpenIdProviderHost _host;

    public TokenRequestRulesTests(Host host) => _host = host.Provider;

    public sealed class Host : IDisposable
    {
        public OpenIdProviderHost Provider { get; } = new();

        public void Dispose() => Provider.Dispose();
    }

    [Fact]
    public async Task Token_Get_InvalidRequest()
    {
        var client = _host.CreateOidcClient();

        var response = await client.Http.GetAsync("connect/token?grant_type=authorization_code");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_JsonBody_InvalidRequest()
    {
        var client = _host.CreateOidcClient();

        var response = await client.Http.PostAsync("connect/token", new StringContent("""{"grant_type":"authorization_code"}""", Encoding.UTF8, "application/json"));

        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_RepeatedParameter_InvalidRequestAndCodeStillUsable()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();
        var form = Form(client, code).Append(KeyValuePair.Create("redirect_uri", "https://evil.example/callback"));

        var response = await client.Http.PostAsync("connect/token", new FormUrlEncodedContent(form));

        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
        await client.RedeemSuccessfullyAsync(code);
    }

    [Fact]
    public async Task Token_MissingGrantType_InvalidRequest()
    {
        var client = _host.CreateOidcClient();

        var response = await client.RedeemAsync(await client.GetCodeAsync(), new Dictionary<string, string?> { ["grant_type"] = null });

        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_FailedClientAuthentication_CodeStillUsable()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var refused = await client.RedeemAsync(code, new Dictionary<string, string?> { ["client_assertion"] = "not.a.jwt" });

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(refused));
        await client.RedeemSuccessfullyAsync(code);
    }

    [Fact]
    public async Task Token_SecretInHeaderAndBody_InvalidRequest()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoBasic);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(TestTrustList.DemoSecret), Basic(TestTrustList.DemoBasic, TestTrustList.DemoSecret));

        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_MalformedBasicHeader_InvalidRequest()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoBasic);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(), () => new AuthenticationHeaderValue("Basic", "%%%"));

        Assert.Equal("invalid_request", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_WrongBasicSecret_UnauthorizedWithBasicChallenge()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoBasic);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(), Basic(TestTrustList.DemoBasic, "wrong-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    /// <summary>RFC 6749 2.3.1: the client id and secret are form-urlencoded before they are joined and base64-encoded.</summary>
    [Fact]
    public async Task Token_BasicCredentialsFormUrlEncoded_Decoded()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoBasic);
        var code = await client.GetCodeAsync();
        var encoded = Uri.EscapeDataString(TestTrustList.DemoBasic) + ":" + Uri.EscapeDataString(TestTrustList.DemoSecret);

        var response = await client.RedeemAsync(code, WithoutAssertion(), () => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(encoded))));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(OidcTestClient client, string code) =>
    [
        new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", TestTrustList.RedirectUri),
        new("code_verifier", client.Pkce.Verifier), new("client_id", client.ClientId),
        new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), new("client_assertion", client.Assertion()),
    ];

    private static Dictionary<string, string?> WithoutAssertion(string? secret = null) => new()
    {
        ["client_assertion"] = null,
        ["client_assertion_type"] = null,
        ["client_secret"] = secret,
    };

    private static AuthenticationHeaderValueFactory Basic(string clientId, string secret)
        => () => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
}
