using System.Net;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// A suspension published while a person is in the middle of a login takes effect at their next step: nothing is
/// released, no code is issued. Each test publishes the original list again when it is done.
/// </summary>
public sealed class SuspensionTests(SuspensionTests.Fixture fixture) : IClassFixture<SuspensionTests.Fixture>, IAsyncLifetime
{
    private TrustListDocument _original = null!;

    private TestFederation Federation => fixture.Federation;

    public Task InitializeAsync()
    {
        _original = Federation.TrustList.Document;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Federation.PublishAsync(_ => _original);

    [Fact]
    public async Task Callback_ProviderSuspendedBetweenChoiceAndCallback_ProviderSuspendedPage()
    {
        var end = await LoginAsync(new FederationLogin
        {
            Choice = "mebuku", User = "taro", Password = "taro-demo",
            BeforeStep = (step, _) => step == "autopost" ? Federation.PublishAsync(TrustListChanges.SuspendProvider("mebuku")) : Task.CompletedTask,
        });

        ErrorPages.AssertShown(end, "provider-suspended", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Callback_BrandSuspendedWhileAtTheProvider_ProviderSuspendedPage()
    {
        var end = await LoginAsync(new FederationLogin
        {
            User = "hanako", Password = "hanako-demo",
            BeforeStep = (step, _) => step == "login" ? Federation.PublishAsync(TrustListChanges.SuspendBrand("sakai-d")) : Task.CompletedTask,
        }, idpHint: "sakai-d");

        ErrorPages.AssertShown(end, "provider-suspended", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Choose_ProviderSuspendedWhileTheChoicePageIsShown_ProviderSuspendedPage()
    {
        var end = await LoginAsync(new FederationLogin
        {
            Choice = "aizu-plus", User = "yuki", Password = "yuki-demo",
            BeforeStep = (step, _) => step == "choose" ? Federation.PublishAsync(TrustListChanges.SuspendProvider("aizu-plus")) : Task.CompletedTask,
        });

        ErrorPages.AssertShown(end, "provider-suspended", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ChoicePage_SuspendedProvider_GreyedAsSuspendedNotOffered()
    {
        await Federation.PublishAsync(TrustListChanges.SuspendProvider("aizu-plus"));
        using var browser = Federation.CreateBrowser();

        var page = await browser.FollowAsync(await browser.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl()));

        Assert.NotNull(page.Form("choose"));
        Assert.Contains("data-choice=\"mebuku\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"aizu-plus\"", page.Html, StringComparison.Ordinal);
        Assert.Matches("data-choice=\"aizu-plus\">(?:(?!</li>).)*一時停止中", page.Html.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task Complete_RelyingPartySuspendedBeforeCompletion_RefusedWithoutRedirect()
    {
        var end = await LoginAsync(new FederationLogin
        {
            Choice = "mydoor-osaka", User = "ichiro", Password = "ichiro-demo",
            BeforeStep = (step, _) => step == "consent" ? Federation.PublishAsync(TrustListChanges.SuspendRelyingParty("osaka-kosodate")) : Task.CompletedTask,
        });

        Assert.False(end.IsRedirect, "A suspended RP must not receive anything:\n" + end);
        Assert.Equal(HttpStatusCode.BadRequest, end.Status);
    }

    [Fact]
    public async Task Resume_ProviderSuspendedAfterConsent_AccessDeniedWithoutCode()
    {
        using var browser = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();
        var login = new FederationLogin { Choice = "mydoor-osaka", User = "ichiro", Password = "ichiro-demo", StopAt = url => url.AbsolutePath.EndsWith("/connect/authorize/complete", StringComparison.Ordinal) };
        var atCompletion = await login.RunAsync(browser, rp.AuthorizeUrl(prompt: "consent"));
        await Federation.PublishAsync(TrustListChanges.SuspendProvider("mydoor-osaka"));

        var end = await browser.FollowAsync(atCompletion, RelyingPartyClient.IsCallback);

        var response = rp.Callback(end);
        Assert.Equal("access_denied", response["error"]);
        Assert.False(response.ContainsKey("code"));
    }

    private async Task<BrowserPage> LoginAsync(FederationLogin login, string? idpHint = null)
    {
        using var browser = Federation.CreateBrowser();
        return await login.RunAsync(browser, Federation.CreateRelyingParty().AuthorizeUrl(idpHint));
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public TestFederation Federation { get; private set; } = null!;

        public async Task InitializeAsync() => Federation = await TestFederation.StartAsync();

        public async Task DisposeAsync() => await Federation.DisposeAsync();
    }
}
