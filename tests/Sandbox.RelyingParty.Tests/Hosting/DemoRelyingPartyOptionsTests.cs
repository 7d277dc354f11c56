using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Hosting;

/// <summary>Unusable options stop the RP at start with a message that names what to set.</summary>
public sealed class DemoRelyingPartyOptionsTests
{
    [Theory]
    [InlineData("http://hub.example.jp/", "Authority must use https")]
    [InlineData("not a url", "Authority must be an absolute http(s) URL")]
    public async Task StartAsync_UnusableAuthority_Fails(string authority, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.Authority = authority));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_HttpMetadataOffLoopback_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StartAsync(o => o.MetadataAddress = "http://hub.example.jp/.well-known/openid-configuration"));

        Assert.Contains("MetadataAddress must use https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ScopesWithoutOpenid_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.Scopes = ["profile"]));

        Assert.Contains("Scopes must contain 'openid'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ScopeWithSpace_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.Scopes = ["openid", "profile email"]));

        Assert.Contains("scope tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_EmptyClientId_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.ClientId = " "));

        Assert.Contains("ClientId is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ProviderHintWithQueryCharacters_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StartAsync(o => o.ProviderHints = [new ProviderHint("sakai-d&prompt=none", "x", "x")]));

        Assert.Contains("ProviderHints", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PublicKeyInsteadOfPrivate_FailsWithoutShowingTheKey()
    {
        var publicJwk = TestKeys.Read(TestKeys.RpPublicKeyFile);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.PrivateKeyJwk = publicJwk));

        Assert.Contains("PrivateKeyJwk must be a private JWK", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nxlZ97", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB"}""")]
    [InlineData("""{"kty":"EC","crv":"P-384","x":"AA","y":"AA","d":"AA"}""")]
    [InlineData("not json")]
    public async Task StartAsync_KeyNotP256_Fails(string jwk)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.PrivateKeyJwk = jwk));

        Assert.Contains("PrivateKeyJwk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MissingKeyFile_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.PrivateKeyPath = "/nonexistent/rp.jwk"));

        Assert.Contains("PrivateKeyPath '/nonexistent/rp.jwk' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"keys":[]}""", "no usable signing key")]
    [InlineData("[1,2]", "not a JWKS")]
    public async Task StartAsync_UnusableHubJwks_Fails(string jwks, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(o => o.HubJwks = jwks));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Defaults_MatchTheTrustListEntry()
    {
        var options = new DemoRelyingPartyOptions { Url = "http://127.0.0.1:0", PublicBaseUrl = "http://localhost:5090" };

        await using var rp = await DemoRelyingParty.StartAsync(options);

        Assert.Equal("osaka-kosodate", rp.ClientId);
        Assert.Equal(new Uri("http://localhost:5090/"), rp.BaseUrl);
        Assert.Equal("http://localhost:5080/", options.Authority);
        Assert.Equal("urn:jp:regional-id:loa:B", options.AcrValues);
        Assert.Equal(DemoRelyingPartyOptions.DefaultUrl, new DemoRelyingPartyOptions().Url);
    }

    private static async Task StartAsync(Action<DemoRelyingPartyOptions> configure)
    {
        var options = new DemoRelyingPartyOptions { Url = "http://127.0.0.1:0" };
        configure(options);
        await using var rp = await DemoRelyingParty.StartAsync(options);
    }
}
