using System.Net.Http.Headers;
using System.Text;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

/// <summary>Client authentication at the token endpoint through real HTTP (the validator's cases are unit-tested).</summary>
public sealed class TokenClientAuthenticationTests : IClassFixture<TokenClientAuthenticationTests.Host>
{
    private const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private readonly OpenIdProviderHost _host;

    public TokenClientAuthenticationTests(Host host) => _host = host.Provider;

    public sealed class Host : IDisposable
    {
        public OpenIdProviderHost Provider { get; } = new();

        public void Dispose() => Provider.Dispose();
    }

    [Fact]
    public async Task Token_NoClientAuthentication_InvalidClient()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, new Dictionary<string, string?> { ["client_assertion"] = null, ["client_assertion_type"] = null });

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_AssertionSignedWithUnpinnedKey_InvalidClient()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();
        var stranger = new TestRelyingPartyKeys();
        var assertion = stranger.CreateAssertion(client.ClientId, OpenIdProviderHost.Issuer, _host.Time.GetUtcNow());

        var response = await client.RedeemAsync(code, new Dictionary<string, string?> { ["client_assertion"] = assertion });

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_AssertionReplayed_InvalidClient()
    {
        var client = _host.CreateOidcClient();
        var assertion = client.Assertion(jti: "replayed-jti-" + Guid.NewGuid());
        await client.RedeemSuccessfullyAsync(await client.GetCodeAsync(), new Dictionary<string, string?> { ["client_assertion"] = assertion });

        var response = await client.RedeemAsync(await client.GetCodeAsync(), new Dictionary<string, string?> { ["client_assertion"] = assertion });

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    [Theory]
    [InlineData("http://localhost/")]
    [InlineData("http://localhost")]
    [InlineData("http://localhost/connect/token")]
    public async Task Token_AssertionAudienceIssuerOrTokenEndpoint_Accepted(string audience)
    {
        var client = _host.CreateOidcClient();

        await client.RedeemSuccessfullyAsync(await client.GetCodeAsync(), new Dictionary<string, string?> { ["client_assertion"] = client.Assertion(audience) });
    }

    [Fact]
    public async Task Token_AssertionWithoutClientIdParameter_IdentifiesClientByIssuer()
    {
        var client = _host.CreateOidcClient();

        await client.RedeemSuccessfullyAsync(await client.GetCodeAsync(), new Dictionary<string, string?> { ["client_id"] = null });
    }

    [Fact]
    public async Task Token_ClientSuspendedAfterAuthorization_InvalidClient()
    {
        using var host = new OpenIdProviderHost();
        var client = host.CreateOidcClient();
        var code = await client.GetCodeAsync();
        host.TrustList.Current = TestTrustList.Build(host.RpKeys.PublicKeys, rp => rp.ClientId == TestTrustList.OsakaService
            ? rp with { StatusHistory = [.. rp.StatusHistory, new StatusChange(EntryStatus.Suspended, host.Time.GetUtcNow(), "test")] }
            : rp);

        var response = await client.RedeemAsync(code);

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_DemoClientWithBasicSecret_Accepted()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoBasic);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(), Basic(TestTrustList.DemoBasic, TestTrustList.DemoSecret));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_DemoClientWithWrongSecret_InvalidClient()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoBasic);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(), Basic(TestTrustList.DemoBasic, "wrong-secret"));

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_DemoPostClientWithSecretInBody_Accepted()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoPost);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(TestTrustList.DemoSecret));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Token_BasicClientSendingSecretInBody_InvalidClient()
    {
        var client = _host.CreateOidcClient(TestTrustList.DemoBasic);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(TestTrustList.DemoSecret));

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_SecretForNonDemoEntry_InvalidClient()
    {
        var client = _host.CreateOidcClient(TestTrustList.NonDemoSecret);
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(), Basic(TestTrustList.NonDemoSecret, TestTrustList.DemoSecret));

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    [Fact]
    public async Task Token_KeyClientSendingSecret_InvalidClient()
    {
        var client = _host.CreateOidcClient();
        var code = await client.GetCodeAsync();

        var response = await client.RedeemAsync(code, WithoutAssertion(), Basic(TestTrustList.OsakaService, TestTrustList.DemoSecret));

        Assert.Equal("invalid_client", await OidcTestClient.ErrorOf(response));
    }

    private static Dictionary<string, string?> WithoutAssertion(string? secret = null) => new()
    {
        ["client_assertion"] = null,
        ["client_assertion_type"] = null,
        ["client_secret"] = secret,
    };

    private static AuthenticationHeaderValueFactory Basic(string clientId, string secret)
        => () => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));
}
