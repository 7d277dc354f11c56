using System.Net;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.OpenIdProvider.Endpoints;

public sealed class AuthorizationEndpointTests : IClassFixture<AuthorizationEndpointTests.Host>
{
    private readonly Host _host;

    public AuthorizationEndpointTests(Host host)
    {
        _host = host;
        host.Provider.Interaction.RejectWith = null;
        host.Provider.Interaction.Requests.Clear();
    }

    public sealed class Host : IDisposable
    {
        public OpenIdProviderHost Provider { get; } = new();

        public void Dispose() => Provider.Dispose();
    }

    private OidcTestClient Client(string clientId = TestTrustList.OsakaService) => _host.Provider.CreateOidcClient(clientId);

    [Theory]
    [InlineData("unknown-service")]
    [InlineData(TestTrustList.SuspendedService)]
    [InlineData(TestTrustList.WithdrawnService)]
    public async Task Authorize_ClientNotAccredited_ShowsErrorPageWithoutRedirect(string clientId)
    {
        var response = await Client(clientId).AuthorizeAsync();

        await AssertErrorPage(response, "invalid_request");
        Assert.Empty(_host.Provider.Interaction.Requests);
    }

    [Theory]
    [InlineData("https://rp.example/callback/other")]
    [InlineData("https://rp.example/callback/")]
    [InlineData("https://rp.example/callback?next=1")]
    [InlineData("https://RP.example/callback")]
    [InlineData("http://rp.example/callback")]
    [InlineData("https://attacker.example/callback")]
    public async Task Authorize_UnregisteredRedirectUri_ShowsErrorPageWithoutRedirect(string redirectUri)
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["redirect_uri"] = redirectUri });

        await AssertErrorPage(response, "invalid_request");
    }

    [Fact]
    public async Task Authorize_MissingRedirectUri_ShowsErrorPage()
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["redirect_uri"] = null });

        await AssertErrorPage(response, "invalid_request");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("challenge-without-method-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", null)]
    [InlineData("plain-challenge-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "plain")]
    [InlineData(null, "S256")]
    public async Task Authorize_PkceMissingOrDowngraded_RedirectsInvalidRequest(string? challenge, string? method)
    {
        var client = Client();
        var response = await client.AuthorizeAsync(new Dictionary<string, string?> { ["code_challenge"] = challenge, ["code_challenge_method"] = method });

        var parameters = OidcTestClient.RedirectParameters(response);
        Assert.Equal("invalid_request", parameters["error"]);
        Assert.Equal(OpenIdProviderHost.Issuer, parameters["iss"]);
        Assert.Equal(client.State, parameters["state"]);
        Assert.False(parameters.ContainsKey("code"));
    }

    [Theory]
    [InlineData("token")]
    [InlineData("id_token")]
    [InlineData("code id_token")]
    [InlineData("code token")]
    public async Task Authorize_OtherThanCodeFlow_RedirectsUnsupportedResponseType(string responseType)
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["response_type"] = responseType });

        // Implicit and hybrid response types answer in the fragment (OAuth 2.0 Multiple Response Types).
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(TestTrustList.RedirectUri, location.GetLeftPart(UriPartial.Path));
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Fragment.TrimStart('#'));
        Assert.Equal("unsupported_response_type", parameters["error"].ToString());
        Assert.False(parameters.ContainsKey("code"));
        Assert.False(parameters.ContainsKey("id_token"));
    }

    [Theory]
    [InlineData("profile email")]
    [InlineData("openid unknown_scope")]
    public async Task Authorize_ScopeWithoutOpenIdOrUnknown_RedirectsInvalidScope(string scope)
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["scope"] = scope });

        Assert.Equal("invalid_scope", OidcTestClient.RedirectParameters(response)["error"]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"userinfo": {"name": 5}}""")]
    public async Task Authorize_MalformedClaimsParameter_RedirectsInvalidRequest(string claims)
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["claims"] = claims });

        Assert.Equal("invalid_request", OidcTestClient.RedirectParameters(response)["error"]);
    }

    [Fact]
    public async Task Authorize_NegativeMaxAge_RedirectsInvalidRequest()
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["max_age"] = "-5" });

        Assert.Equal("invalid_request", OidcTestClient.RedirectParameters(response)["error"]);
    }

    [Fact]
    public async Task Authorize_DeniedConsent_RedirectsAccessDeniedWithIssAndState()
    {
        _host.Provider.Interaction.RejectWith = AuthorizationErrors.AccessDenied;
        var client = Client();

        var parameters = OidcTestClient.RedirectParameters(await client.AuthorizeAsync());

        Assert.Equal("access_denied", parameters["error"]);
        Assert.Equal(client.State, parameters["state"]);
        Assert.Equal(OpenIdProviderHost.Issuer, parameters["iss"]);
        Assert.False(parameters.ContainsKey("code"));
    }

    [Fact]
    public async Task Authorize_Success_SendsIssParameter()
    {
        var parameters = OidcTestClient.RedirectParameters(await Client().AuthorizeAsync());

        Assert.Equal(OpenIdProviderHost.Issuer, parameters["iss"]);
        Assert.True(parameters.ContainsKey("code"));
    }

    [Fact]
    public async Task Authorize_FormPostResponseMode_PostsCodeAndIss()
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["response_mode"] = "form_post" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(TestTrustList.RedirectUri, html, StringComparison.Ordinal);
        Assert.Contains("name=\"code\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"iss\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_ValidRequest_HandsTheValidatedRequestToTheInteraction()
    {
        var client = Client();
        await client.AuthorizeAsync(new Dictionary<string, string?>
        {
            ["scope"] = "openid age_over_18",
            ["acr_values"] = "urn:jp:regional-id:loa:B urn:example:unknown",
            ["idp_hint"] = "sakai-d",
            ["claims"] = """{"userinfo": {"birthdate": null, "age_over_65": {"essential": true}}}""",
            ["prompt"] = "login",
            ["max_age"] = "300",
            ["ui_locales"] = "ja en",
        });

        var request = Assert.Single(_host.Provider.Interaction.Requests);
        Assert.Equal(TestTrustList.OsakaService, request.ClientId);
        Assert.Equal(TestTrustList.RedirectUri, request.RedirectUri);
        Assert.Equal(client.Nonce, request.Nonce);
        Assert.Equal("sakai-d", request.IdpHint);
        Assert.Equal(LevelOfAssurance.B, request.RequiredLoa);
        Assert.Equal(["age_over_18", "age_over_65", "birthdate"], request.RequestedClaims.Order());
        Assert.Equal(["age_over_18", "birthdate"], request.ReleasableClaims.Order());
        Assert.Contains("login", request.Prompt);
        Assert.Equal(TimeSpan.FromMinutes(5), request.MaxAge);
        Assert.Equal(["ja", "en"], request.UiLocales);
        Assert.Equal("sakai-d", request.Parameters["idp_hint"]);
        Assert.Equal(client.Pkce.Challenge, request.Parameters["code_challenge"]);
    }

    [Fact]
    public async Task Authorize_AcrBelowRpFloor_RequiresTheFloor()
    {
        await Client(TestTrustList.HighAssuranceService).AuthorizeAsync(new Dictionary<string, string?> { ["acr_values"] = "urn:jp:regional-id:loa:C" });

        Assert.Equal(LevelOfAssurance.A, Assert.Single(_host.Provider.Interaction.Requests).RequiredLoa);
    }

    [Fact]
    public async Task Authorize_EssentialUnknownAcr_RedirectsUnmetAuthenticationRequirements()
    {
        var response = await Client().AuthorizeAsync(new Dictionary<string, string?>
        {
            ["claims"] = """{"id_token": {"acr": {"essential": true, "values": ["urn:example:loa:substantial"]}}}""",
        });

        Assert.Equal("unmet_authentication_requirements", OidcTestClient.RedirectParameters(response)["error"]);
    }

    [Fact]
    public async Task Authorize_IdentityBelowRequestedAcr_RedirectsUnmetAuthenticationRequirements()
    {
        _host.Provider.Interaction.Identity = now => TestIdentities.MaebashiResident(now, LevelOfAssurance.B);
        try
        {
            var response = await Client().AuthorizeAsync(new Dictionary<string, string?> { ["acr_values"] = "urn:jp:regional-id:loa:A" });

            var parameters = OidcTestClient.RedirectParameters(response);
            Assert.Equal("unmet_authentication_requirements", parameters["error"]);
            Assert.False(parameters.ContainsKey("code"));
        }
        finally
        {
            _host.Provider.Interaction.Identity = now => TestIdentities.MaebashiResident(now);
        }
    }

    internal static async Task AssertErrorPage(HttpResponseMessage response, string error)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(error, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
