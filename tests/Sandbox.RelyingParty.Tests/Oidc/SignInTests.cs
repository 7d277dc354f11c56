using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Oidc;

/// <summary>The whole sign-in through real HTTP: RP → fake hub → RP callback → claims page.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task SignIn_FullFlow_ClaimsPageShowsIdTokenAndUserinfoClaims()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(harness.Url("claims"), response.RequestMessage!.RequestUri);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Equal("urn:jp:regional-id:loa:B", Html.ClaimValue(html, "id-token-claims", "acr"));
        Assert.Equal("堺 花子", Html.ClaimValue(html, "id-token-claims", "name"));
        Assert.Equal("pairwise-sub-4f2a9c", Html.ById(html, "sub"));
        Assert.Contains("urn:jp:regional-id:loa:B", Html.ById(html, "acr"), StringComparison.Ordinal);
        Assert.Contains("mydoor-osaka", Html.ById(html, "provider"), StringComparison.Ordinal);
        Assert.Contains("sakai-d", Html.ById(html, "brand"), StringComparison.Ordinal);
        Assert.Equal("1988-07-07", Html.ClaimValue(html, "userinfo-claims", "birthdate"));
        Assert.Equal("true", Html.ClaimValue(html, "userinfo-claims", "age_over_18"));
        Assert.Contains("271403", Html.ClaimValue(html, "userinfo-claims", "resident_of"), StringComparison.Ordinal);
        var address = Html.ClaimValue(html, "userinfo-claims", "address");
        Assert.Contains("大阪府堺市堺区南瓦町3-1", address, StringComparison.Ordinal);
        Assert.Contains("\"local_government_code\": \"271403\"", address, StringComparison.Ordinal);
        Assert.Equal(1, harness.FakeHub.UserinfoRequests);
    }

    [Fact]
    public async Task SignIn_AuthorizationRequest_SendsCodeFlowWithPkceS256AndRegisteredRedirectUri()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.SignInAsync();

        var request = Assert.Single(harness.FakeHub.AuthorizeRequests);
        Assert.Equal("code", request["response_type"]);
        Assert.Equal("osaka-kosodate", request["client_id"]);
        Assert.Equal(harness.Url("signin-oidc").AbsoluteUri, request["redirect_uri"]);
        Assert.Equal("S256", request["code_challenge_method"]);
        Assert.Equal(43, request["code_challenge"].Length);
        Assert.False(string.IsNullOrEmpty(request["nonce"]));
        Assert.False(string.IsNullOrEmpty(request["state"]));
        Assert.Equal("openid profile address birthdate age_over_18 resident_of", request["scope"]);
        Assert.False(request.ContainsKey("response_mode"), "query is the default for code; nothing else is asked");
        var token = Assert.Single(harness.FakeHub.TokenRequests);
        Assert.Null(token.Rejection);
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(token.Form["code_verifier"])));
        Assert.Equal(request["code_challenge"], challenge);
    }

    [Fact]
    public async Task SignIn_TokenRequest_AuthenticatesWithPrivateKeyJwt()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.SignInAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = Assert.Single(harness.FakeHub.TokenRequests);
        Assert.Null(token.Rejection);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", token.Form["client_assertion_type"]);
        Assert.False(token.Form.ContainsKey("client_secret"));
        var assertion = token.Assertion!;
        Assert.Equal("ES256", assertion.Alg);
        Assert.Equal(harness.FakeHub.RegisteredClientKey.Kid, assertion.Kid);
        Assert.Equal("osaka-kosodate", assertion.Issuer);
        Assert.Equal("osaka-kosodate", assertion.Subject);
        Assert.Equal(harness.FakeHub.TokenEndpoint, Assert.Single(assertion.Audiences));
        Assert.Equal(TimeSpan.FromSeconds(60), assertion.ValidTo - assertion.IssuedAt);
        Assert.Equal(harness.Time.GetUtcNow().UtcDateTime, assertion.IssuedAt);
        Assert.True(assertion.Id.Length >= 32);
    }

    [Fact]
    public async Task SignIn_KeyNotRegisteredAtHub_ShowsInvalidClientError()
    {
        await using var harness = await RpHarness.StartAsync(o => o.PrivateKeyJwk = TestKeys.NewPrivateJwk());

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_client", Html.ById(html, "error-code"));
        Assert.StartsWith("assertion invalid", Assert.Single(harness.FakeHub.TokenRequests).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_DefaultAcrValues_SendsLevelB()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.SignInAsync();

        Assert.Equal("urn:jp:regional-id:loa:B", Assert.Single(harness.FakeHub.AuthorizeRequests)["acr_values"]);
    }

    [Fact]
    public async Task SignIn_ConfiguredAcrValuesAndScopes_AreSent()
    {
        await using var harness = await RpHarness.StartAsync(o =>
        {
            o.AcrValues = "urn:jp:regional-id:loa:A";
            o.Scopes = ["openid", "email"];
        });
        harness.Behaviour.Acr = "urn:jp:regional-id:loa:A";

        using var response = await harness.SignInAsync();

        var request = Assert.Single(harness.FakeHub.AuthorizeRequests);
        Assert.Equal("urn:jp:regional-id:loa:A", request["acr_values"]);
        Assert.Equal("openid email", request["scope"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithIdpHint_PassesItToTheHub()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.SignInAsync("?idp_hint=sakai-d");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sakai-d", Assert.Single(harness.FakeHub.AuthorizeRequests)["idp_hint"]);
    }

    [Theory]
    [InlineData("?idp_hint=Sakai-D")]
    [InlineData("?idp_hint=sakai-d%26prompt%3Dnone")]
    [InlineData("?idp_hint=a&idp_hint=b")]
    [InlineData("")]
    public async Task SignIn_WithoutUsableIdpHint_SendsNone(string query)
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.SignInAsync(query);

        var request = Assert.Single(harness.FakeHub.AuthorizeRequests);
        Assert.False(request.ContainsKey("idp_hint"));
        Assert.False(request.ContainsKey("prompt"));
    }

    [Fact]
    public async Task SignIn_UserinfoDisabled_DoesNotCallUserinfo()
    {
        await using var harness = await RpHarness.StartAsync(o => o.GetClaimsFromUserInfoEndpoint = false);

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, harness.FakeHub.UserinfoRequests);
        Assert.Null(Html.ClaimValue(html, "userinfo-claims", "birthdate"));
        Assert.Equal("堺 花子", Html.ClaimValue(html, "id-token-claims", "name"));
    }

    [Fact]
    public async Task SignOut_AfterSignIn_SendsIdTokenHintAndReturnsToHomeSignedOut()
    {
        await using var harness = await RpHarness.StartAsync();
        using (var signIn = await harness.SignInAsync())
        {
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        using var response = await harness.Browser.PostAsync(harness.Url("logout"), new FormUrlEncodedContent([]));
        var html = await response.Content.ReadAsStringAsync();

        var endSession = Assert.Single(harness.FakeHub.EndSessionRequests);
        Assert.Equal(harness.Url("signout-callback-oidc").AbsoluteUri, endSession["post_logout_redirect_uri"]);
        Assert.Equal(3, endSession["id_token_hint"].Split('.').Length);
        Assert.Equal("osaka-kosodate", endSession["client_id"]);
        Assert.Equal(harness.Url("?signedout=1"), response.RequestMessage!.RequestUri);
        Assert.NotNull(Html.ById(html, "notice"));
        Assert.NotNull(Html.ById(html, "signin"));
        using var claims = await harness.Browser.GetAsync(harness.Url("claims"));
        Assert.Equal(harness.Url(""), claims.RequestMessage!.RequestUri);
    }

    [Fact]
    public async Task Claims_WithoutSession_RedirectsHome()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.Client.GetAsync(harness.Url("claims"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
