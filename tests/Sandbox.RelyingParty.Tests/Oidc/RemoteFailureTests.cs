using System.Net;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Oidc;

/// <summary>A failed sign-in ends on the RP's error page, in Japanese and English, with the code and no stack trace.</summary>
public sealed class RemoteFailureTests
{
    [Fact]
    public async Task Callback_AccessDenied_ShowsBilingualErrorPage()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.AuthorizeError = "access_denied";
        harness.Behaviour.AuthorizeErrorDescription = "The person denied consent.";

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("access_denied", Html.ById(html, "error-code"));
        var message = Html.ById(html, "error-message");
        Assert.Contains("同意いただけなかった", message, StringComparison.Ordinal);
        Assert.Contains("did not agree", message, StringComparison.Ordinal);
        Assert.Equal("The person denied consent.", Html.ById(html, "error-description"));
        Assert.Contains("<span lang=\"en\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Microsoft.", html, StringComparison.Ordinal);
        Assert.Empty(harness.FakeHub.TokenRequests);
    }

    [Fact]
    public async Task Callback_UnmetAuthenticationRequirements_ExplainsTheLevel()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.AuthorizeError = "unmet_authentication_requirements";

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("unmet_authentication_requirements", Html.ById(html, "error-code"));
        Assert.Contains("認証レベル", Html.ById(html, "error-message"), StringComparison.Ordinal);
        Assert.Null(Html.ById(html, "error-description"));
    }

    [Fact]
    public async Task Callback_UnknownErrorCode_ShowsCodeWithGenericText()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.AuthorizeError = "something_new";

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("something_new", Html.ById(html, "error-code"));
        Assert.Contains("予期しないエラー", Html.ById(html, "error-message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_IdTokenSignedByUnpublishedKey_ShowsInvalidIdToken()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.IdTokenKeyOverride = TestKeys.NewEcKey(harness.FakeHub.SigningKey.KeyId);

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_id_token", Html.ById(html, "error-code"));
    }

    [Fact]
    public async Task Callback_IdTokenBelowTheRequestedLevel_ShowsAcrNotMet()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.Acr = "urn:jp:regional-id:loa:C";

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("acr_not_met", Html.ById(html, "error-code"));
        Assert.Equal(0, harness.FakeHub.UserinfoRequests);
    }

    [Fact]
    public async Task Callback_WithoutTheCorrelationCookie_ShowsSessionError()
    {
        await using var harness = await RpHarness.StartAsync();
        using var challenge = await harness.Client.GetAsync(harness.Url("login"));
        using var authorize = await harness.Client.GetAsync(challenge.Headers.Location);

        // The hub's redirect is followed by a client that never got the RP's correlation cookie.
        using var callback = await harness.Client.GetAsync(authorize.Headers.Location);
        var html = await callback.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        Assert.Equal("login_session_invalid", Html.ById(html, "error-code"));
    }

    [Fact]
    public async Task SignIn_HubUnreachable_ShowsHubUnreachable()
    {
        await using var harness = await RpHarness.StartAsync(o => o.Authority = "http://127.0.0.1:9/");

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("hub_unreachable", Html.ById(html, "error-code"));
    }
}
