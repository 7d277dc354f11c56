using System.Net;
using Sandbox.Providers.Html;
using Sandbox.Providers.Tests.Support;

namespace Sandbox.Providers.Tests.Oidc;

/// <summary>/authorize and /login: what is refused, and how (an error page, or an error redirect with state and iss).</summary>
public sealed class OidcAuthorizeTests
{
    [Theory]
    [InlineData(OidcHarness.Mydoor)]
    [InlineData(OidcHarness.Aizu)]
    public async Task Authorize_UnregisteredRedirectUri_ErrorPageNeverRedirect(string provider)
    {
        await using var op = await OidcHarness.StartAsync(provider);

        await AssertErrorPageAsync(await op.AuthorizeAsync(("redirect_uri", "http://localhost:5080/oidc/callback/evil")), "redirect_uri_not_registered");
    }

    [Fact]
    public async Task Authorize_RedirectUriDifferingOnlyInCase_ErrorPage()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);

        await AssertErrorPageAsync(await op.AuthorizeAsync(("redirect_uri", "http://localhost:5080/OIDC/callback")), "redirect_uri_not_registered");
    }

    [Fact]
    public async Task Authorize_UnknownClient_ErrorPage()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu);

        await AssertErrorPageAsync(await op.AuthorizeAsync(("client_id", "someone-else")), "unknown_client");
    }

    [Theory]
    [InlineData("code_challenge", null, "invalid_request")]
    [InlineData("code_challenge_method", "plain", "invalid_request")]
    [InlineData("code_challenge_method", null, "invalid_request")]
    [InlineData("code_challenge", "too-short", "invalid_request")]
    [InlineData("response_type", "token", "unsupported_response_type")]
    [InlineData("response_type", "code id_token", "unsupported_response_type")]
    [InlineData("scope", "profile", "invalid_scope")]
    [InlineData("prompt", "none", "login_required")]
    [InlineData("acr_values", "urn:unknown:acr", "unmet_authentication_requirements")]
    [InlineData("response_mode", "fragment", "invalid_request")]
    [InlineData("request", "eyJhbGciOiJub25lIn0.e30.", "request_not_supported")]
    public async Task Authorize_InvalidParameter_RedirectsErrorWithStateAndIss(string name, string? value, string error)
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);

        using var response = await op.AuthorizeAsync((name, value));
        var query = OidcHarness.RedirectQuery(response);

        Assert.Equal(error, query["error"]);
        Assert.Equal("state-123", query["state"]);
        Assert.Equal(op.Host.Identifier, query["iss"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Authorize_RepeatedParameter_RedirectsInvalidRequest()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var query = string.Join('&', op.AuthorizeParameters().Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));

        using var response = await op.Client.GetAsync(op.Endpoint("authorize") + "?" + query + "&scope=openid");

        Assert.Equal("invalid_request", OidcHarness.RedirectQuery(response)["error"]);
    }

    [Theory]
    [InlineData(OidcHarness.Mydoor, "jiro", "jiro-demo", "mydoor:mnc")]
    [InlineData(OidcHarness.Aizu, "tsuruga", "tsuruga-demo", "aizu:mnc")]
    [InlineData(OidcHarness.Aizu, "tsuruga", "tsuruga-demo", "urn:jp:regional-id:loa:B")]
    public async Task Login_EmailOnlyResidentAskedForCard_UnmetAuthenticationRequirements(
        string provider, string username, string password, string acr)
    {
        await using var op = await OidcHarness.StartAsync(provider);

        var query = await op.LoginAsync(username, password, ("acr_values", acr));

        Assert.Equal("unmet_authentication_requirements", query["error"]);
        Assert.Equal("state-123", query["state"]);
        Assert.Equal(op.Host.Identifier, query["iss"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Login_CardResidentAskedForEmailLevel_GetsCodeWithOwnStrongerAcr()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Aizu);

        var code = await op.CodeAsync("yuki", "yuki-demo", ("acr_values", "aizu:email"));
        var tokens = await op.JsonAsync(await op.TokenAsync(code), HttpStatusCode.OK);

        var idToken = await OidcCodeFlowTests.ValidateAsync(op, tokens.GetProperty("id_token").GetString()!, "ES256");
        Assert.Equal("aizu:mnc", idToken.GetClaim("acr").Value);
    }

    [Theory]
    [InlineData(OidcHarness.Mydoor)]
    [InlineData(OidcHarness.Aizu)]
    public async Task Login_Cancel_RedirectsAccessDenied(string provider)
    {
        await using var op = await OidcHarness.StartAsync(provider);
        var requestId = await op.BeginLoginAsync();

        using var response = await op.SubmitAsync(requestId, "cancel");
        var query = OidcHarness.RedirectQuery(response);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("state-123", query["state"]);
        Assert.Equal(op.Host.Identifier, query["iss"]);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsFormAgainWithoutRedirect()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);
        var requestId = await op.BeginLoginAsync();

        using var response = await op.SubmitAsync(requestId, "login", "ichiro", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("id=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownRequestId_ErrorPage()
    {
        await using var op = await OidcHarness.StartAsync(OidcHarness.Mydoor);

        await AssertErrorPageAsync(await op.SubmitAsync("made-up", "login", "ichiro", "ichiro-demo"), "login_request_unknown");
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response, string code)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Equal(code, response.Headers.GetValues(ErrorPage.CodeHeader).Single());
            Assert.Contains($"<code id=\"error-code\">{code}</code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
