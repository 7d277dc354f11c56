using System.Net;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Oidc;

/// <summary>RFC 9207 through real HTTP: the authorization response's iss must name the hub the request went to.</summary>
public sealed class IssuerParameterTests
{
    [Fact]
    public async Task Callback_IssOfAnotherServer_ShowsErrorPageAndRedeemsNoCode()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.IssParameterOverride = "https://attacker.example/";

        using var response = await harness.SignInAsync();
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("iss_mismatch", Html.ById(html, "error-code"));
        Assert.Contains("なりすまし", Html.ById(html, "error-message"), StringComparison.Ordinal);
        Assert.Contains("impersonation", Html.ById(html, "error-message"), StringComparison.Ordinal);
        Assert.Empty(harness.FakeHub.TokenRequests);
    }

    [Fact]
    public async Task Callback_IssWithoutTrailingSlash_IsAMismatch()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.IssParameterOverride = harness.FakeHub.BaseUrl;

        using var response = await harness.SignInAsync();

        Assert.Equal("iss_mismatch", Html.ById(await response.Content.ReadAsStringAsync(), "error-code"));
        Assert.Empty(harness.FakeHub.TokenRequests);
    }

    [Fact]
    public async Task Callback_IssMismatchOnAnErrorResponse_ReportsTheMismatchNotTheError()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.IssParameterOverride = "https://attacker.example/";
        harness.Behaviour.AuthorizeError = "access_denied";

        using var response = await harness.SignInAsync();

        Assert.Equal("iss_mismatch", Html.ById(await response.Content.ReadAsStringAsync(), "error-code"));
    }

    [Fact]
    public async Task Callback_IssMissingWhileHubAdvertisesIt_ShowsErrorPage()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.OmitIssParameter = true;

        using var response = await harness.SignInAsync();

        Assert.Equal("iss_missing", Html.ById(await response.Content.ReadAsStringAsync(), "error-code"));
        Assert.Empty(harness.FakeHub.TokenRequests);
    }

    [Fact]
    public async Task Callback_IssMissingAndNotAdvertised_SignsIn()
    {
        await using var harness = await RpHarness.StartAsync();
        harness.Behaviour.OmitIssParameter = true;
        harness.Behaviour.AdvertiseIssParameter = false;

        using var response = await harness.SignInAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(harness.Url("claims"), response.RequestMessage!.RequestUri);
    }
}
