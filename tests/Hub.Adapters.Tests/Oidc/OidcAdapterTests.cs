using System.Text;
using System.Web;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc;
using Hub.Adapters.Oidc.Requests;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Adapters.Tests.Oidc;

public sealed class OidcAdapterTests
{
    [Fact]
    public async Task BeginAsync_AccreditedProvider_RedirectsWithPkceS256StateNonceAndAcrValues()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.Adapter.BeginAsync(OidcTestBed.Context(loa: LevelOfAssurance.B), CancellationToken.None);

        var request = AdapterAssert.Succeeds(result);
        var url = request.RedirectUrl;
        Assert.Equal($"/{OidcTestBed.ProviderId}/authorize", url.AbsolutePath);
        var query = HttpUtility.ParseQueryString(url.Query);
        var pending = request.Pending;
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(TestTrustList.ClientId, query["client_id"]);
        Assert.Equal("https://hub.example.jp/callback/oidc", query["redirect_uri"]);
        Assert.Equal("openid", query["scope"]);
        Assert.Equal("urn:jp:regional-id:loa:B", query["acr_values"]);
        Assert.Equal(pending.Correlation, query["state"]);
        Assert.Equal(pending.Values["oidc.state"], query["state"]);
        Assert.Equal(pending.Values["oidc.nonce"], query["nonce"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(Pkce.Challenge(pending.Values["oidc.code_verifier"]), query["code_challenge"]);
        Assert.True(pending.Values["oidc.code_verifier"].Length >= 43);
        Assert.NotEqual(pending.Values["oidc.state"], pending.Values["oidc.nonce"]);
        Assert.Equal(OidcTestBed.Start, pending.CreatedAt);
        Assert.Empty(bed.Server.LogEntries);
    }

    [Fact]
    public async Task BeginAsync_ConfiguredScopes_SendsOpenidThenDefaultThenProviderScopes()
    {
        using var bed = OidcTestBed.Create(o =>
        {
            o.DefaultScopes = ["profile", "email"];
            o.Clients[OidcTestBed.ProviderId] = new() { Method = ClientAuthenticationMethod.PrivateKeyJwt, Scopes = ["address", "email"] };
        });

        var pending = await bed.Adapter.BeginAsync(OidcTestBed.Context(), CancellationToken.None);

        var query = HttpUtility.ParseQueryString(pending.Value.RedirectUrl.Query);
        Assert.Equal("openid profile email address", query["scope"]);
    }

    [Fact]
    public async Task BeginAsync_TwoFlows_UseFreshStateNonceAndVerifier()
    {
        using var bed = OidcTestBed.Create();

        var first = await bed.BeginAsync();
        var second = await bed.BeginAsync();

        foreach (var key in new[] { "oidc.state", "oidc.nonce", "oidc.code_verifier" })
        {
            Assert.NotEqual(first.Values[key], second.Values[key]);
        }
    }

    [Fact]
    public async Task CompleteAsync_ValidCodeResponse_RedeemsCodeWithPkceAndPrivateKeyJwtAndReturnsTranslatedIdentity()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync(brandId: null);
        bed.StubToken(bed.IdToken(pending));

        var result = await bed.CompleteAsync(pending);

        var identity = AdapterAssert.Succeeds(result);
        Assert.Equal(OidcTestBed.ProviderId, identity.ProviderId);
        Assert.Equal("osaka-user-0001", identity.ProviderSubject);
        Assert.Equal("hanako@example.jp", identity.Attributes.Email);
        var assertion = bed.Translator.LastAssertion!;
        Assert.Equal(OidcTestBed.Start.AddSeconds(-30), assertion.AuthTime);
        Assert.Equal(["urn:jp:regional-id:loa:B"], assertion.AuthnContext);
        Assert.Equal(["hwk", "pin"], assertion.Amr);

        var tokenCall = Assert.Single(bed.Server.LogEntries, e => e.RequestMessage.Path == $"/{OidcTestBed.ProviderId}/token");
        var form = HttpUtility.ParseQueryString(tokenCall.RequestMessage.Body!);
        Assert.Equal("authorization_code", form["grant_type"]);
        Assert.Equal("code-" + pending.Correlation[..8], form["code"]);
        Assert.Equal(pending.Values["oidc.code_verifier"], form["code_verifier"]);
        Assert.Equal("https://hub.example.jp/callback/oidc", form["redirect_uri"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        await AssertClientAssertionAsync(bed, form["client_assertion"]!);
    }

    [Fact]
    public async Task CompleteAsync_ClientSecretBasicProvider_AuthenticatesWithBasicHeader()
    {
        using var bed = OidcTestBed.Create(o => o.Clients[OidcTestBed.ProviderId] = new()
        {
            Method = ClientAuthenticationMethod.ClientSecretBasic,
            ClientSecret = "sandbox-secret",
        });
        var pending = await bed.BeginAsync();
        bed.StubToken(bed.IdToken(pending));

        AdapterAssert.Succeeds(await bed.CompleteAsync(pending));

        var tokenCall = Assert.Single(bed.Server.LogEntries, e => e.RequestMessage.Path.EndsWith("/token", StringComparison.Ordinal));
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TestTrustList.ClientId + ":sandbox-secret"));
        Assert.Equal(expected, tokenCall.RequestMessage.Headers!["Authorization"].Single());
        Assert.DoesNotContain("client_assertion", tokenCall.RequestMessage.Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteAsync_Es256IdToken_IsAccepted()
    {
        using var bed = OidcTestBed.Create();

        var result = await bed.RunAsync(pending => bed.IdToken(pending, key: bed.Ec));

        AdapterAssert.Succeeds(result);
    }

    [Fact]
    public async Task CompleteAsync_FormPostResponse_ReadsParametersFromForm()
    {
        using var bed = OidcTestBed.Create();
        var pending = await bed.BeginAsync();
        bed.StubToken(bed.IdToken(pending));
        var query = bed.Callback(pending);
        var formPost = new ProviderCallback("POST", pending.CallbackUrl, new Dictionary<string, string>(), query.Query);

        AdapterAssert.Succeeds(await bed.CompleteAsync(pending, formPost));
    }

    private static async Task AssertClientAssertionAsync(OidcTestBed bed, string assertion)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(bed.HubKey.RsaKey) { KeyId = bed.HubKey.Kid },
            ValidIssuer = TestTrustList.ClientId,
            ValidAudience = bed.Issuer(),
            ValidateLifetime = false,
        };
        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, parameters);
        Assert.True(validated.IsValid, validated.Exception?.Message);
        var token = (JsonWebToken)validated.SecurityToken;
        Assert.Equal(TestTrustList.ClientId, token.Subject);
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.Equal("hub-client-1", token.Kid);
        Assert.Equal(OidcTestBed.Start, new DateTimeOffset(token.IssuedAt, TimeSpan.Zero));
    }
}
