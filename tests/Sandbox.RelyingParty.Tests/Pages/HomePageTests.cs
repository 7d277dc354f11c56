using System.Net;
using Sandbox.RelyingParty.Tests.Support;

namespace Sandbox.RelyingParty.Tests.Pages;

public sealed class HomePageTests
{
    [Fact]
    public async Task Get_SignedOut_OffersSignInAndEveryProviderHint()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.Client.GetAsync(harness.Url(""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("地域IDでログイン", Html.ById(html, "signin"), StringComparison.Ordinal);
        Assert.Contains("Sign in with your regional ID", Html.ById(html, "signin"), StringComparison.Ordinal);
        Assert.Contains("大阪市 子育て支援サービス（デモ）", html, StringComparison.Ordinal);
        foreach (var hint in new[] { "mebuku", "mydoor-osaka", "sakai-d", "aizu-plus" })
        {
            Assert.Contains($"href=\"/login?idp_hint={hint}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("<span lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Always_SendsStrictSecurityHeaders()
    {
        await using var harness = await RpHarness.StartAsync();

        using var response = await harness.Client.GetAsync(harness.Url(""));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self' " + harness.FakeHub.BaseUrl, csp, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Get_UnderAnotherHostName_RedirectsToThePublicBaseUrl()
    {
        await using var harness = await RpHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, harness.Url("login?idp_hint=mebuku"));
        request.Headers.Host = "localhost:" + harness.Rp.BaseUrl.Port;

        using var response = await harness.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(harness.Url("login?idp_hint=mebuku"), response.Headers.Location);
    }

    [Fact]
    public async Task Get_Revocations_WhenNoneReceived_SaysSo()
    {
        await using var harness = await RpHarness.StartAsync();

        var html = await harness.Client.GetStringAsync(harness.Url("revocations"));
        var json = await harness.Client.GetStringAsync(harness.Url("revocations.json"));

        Assert.NotNull(Html.ById(html, "no-revocations"));
        Assert.Equal("[]", json);
    }
}
