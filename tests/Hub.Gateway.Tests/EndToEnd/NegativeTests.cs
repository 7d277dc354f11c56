using System.Net;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// What the hub refuses, end to end: an unregistered redirect, a refused consent, a flow used from another browser,
/// a replayed provider answer, a completion from another browser.
/// </summary>
public sealed class NegativeTests(InMemoryFederationFixture fixture) : IClassFixture<InMemoryFederationFixture>
{
    private TestFederation Federation => fixture.Federation;

    [Fact]
    public async Task Authorize_UnregisteredRedirectUri_ErrorPageWithoutRedirect()
    {
        using var browser = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();

        var page = await browser.GetAsync(rp.AuthorizeUrl(redirectUri: "http://localhost:5090/elsewhere"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Null(page.Location);
        Assert.DoesNotContain("elsewhere", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_Denied_AccessDeniedToTheRelyingParty()
    {
        using var browser = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();

        var end = await new FederationLogin { Choice = "mebuku", User = "akira", Password = "akira-demo", Consent = false }.RunAsync(browser, rp.AuthorizeUrl());

        var response = rp.Callback(end);
        Assert.Equal("access_denied", response["error"]);
        Assert.False(response.ContainsKey("code"));
    }

    [Fact]
    public async Task ChoicePage_OpenedInAnotherBrowser_FlowNotBoundPage()
    {
        using var owner = Federation.CreateBrowser();
        using var other = Federation.CreateBrowser();
        var choice = await owner.FollowAsync(await owner.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl()));
        Assert.NotNull(choice.Form("choose"));

        var stolen = await other.FollowAsync(await other.GetAsync(choice.Url));
        var posted = await other.FollowAsync(await other.SubmitAsync(choice, "choose", ("choice", "mebuku")));

        ErrorPages.AssertShown(stolen, "flow-not-bound", HttpStatusCode.BadRequest);
        // The other browser has no antiforgery cookie either: its post is refused before the flow is read.
        ErrorPages.AssertShown(posted, "bad-request", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ChoicePage_BrowserBoundToAnotherFlow_FlowNotBoundPage()
    {
        using var owner = Federation.CreateBrowser();
        using var other = Federation.CreateBrowser();
        var choice = await owner.FollowAsync(await owner.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl()));
        var ownChoice = await other.FollowAsync(await other.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl()));
        Assert.NotNull(ownChoice.Form("choose"));

        var page = await other.FollowAsync(await other.GetAsync(choice.Url));

        ErrorPages.AssertShown(page, "flow-not-bound", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SamlAcs_ResponseOverTheFormLimit_BadRequestPageNotAServerError()
    {
        using var browser = Federation.CreateBrowser();
        var autopost = await RunUntilAsync(browser, "autopost", "mebuku", "taro", "taro-demo");
        var form = autopost.Form("autopost")!;
        var huge = form.Fields(new Dictionary<string, string> { ["SAMLResponse"] = Convert.ToBase64String(new byte[6 * 1024 * 1024]) });

        var refused = await browser.FollowAsync(await browser.PostAsync(new Uri(autopost.Url, form.Action), huge));

        ErrorPages.AssertShown(refused, "bad-request", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Token_BodyOverTheFormLimits_InvalidRequestNotAServerError()
    {
        using var body = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        body.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await Federation.BackChannel.PostAsync(new Uri(Federation.Issuer, "connect/token"), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"invalid_request\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SamlAcs_ResponsePostedFromAnotherBrowser_RefusedAndUnusable()
    {
        using var owner = Federation.CreateBrowser();
        using var other = Federation.CreateBrowser();
        var autopost = await RunUntilAsync(owner, "autopost", "mebuku", "taro", "taro-demo");

        var resubmitPage = await other.SubmitAsync(autopost, "autopost");
        Assert.NotNull(resubmitPage.Form("continue"));
        var refused = await other.FollowAsync(await other.SubmitAsync(resubmitPage, "continue"));
        var ownerLate = await owner.FollowAsync(await owner.SubmitAsync(autopost, "autopost"));

        ErrorPages.AssertShown(refused, "flow-not-bound", HttpStatusCode.BadRequest);
        ErrorPages.AssertShown(ownerLate, "flow-expired", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SamlAcs_ReplayedAfterCompletion_FlowExpiredPage()
    {
        using var browser = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();
        BrowserPage? autopost = null;
        var login = new FederationLogin
        {
            Choice = "mebuku", User = "ken", Password = "ken-demo",
            BeforeStep = (step, page) =>
            {
                autopost = step == "autopost" ? page : autopost;
                return Task.CompletedTask;
            },
        };
        Assert.True(rp.Callback(await login.RunAsync(browser, rp.AuthorizeUrl())).ContainsKey("code"));

        // The flow's cookie is gone with the flow: the hub first re-posts the answer to itself, as for a cross-site POST.
        var resubmit = await browser.SubmitAsync(autopost!, "autopost");
        Assert.True(resubmit.Form("continue") is not null, resubmit.ToString());
        var replay = await browser.FollowAsync(await browser.SubmitAsync(resubmit, "continue"), RelyingPartyClient.IsCallback);

        ErrorPages.AssertShown(replay, "flow-expired", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task OidcCallback_Replayed_FlowExpiredPage()
    {
        using var browser = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();
        var login = new FederationLogin { User = "ichiro", Password = "ichiro-demo", StopAt = url => url.AbsolutePath.EndsWith("/oidc/callback", StringComparison.Ordinal) };
        var atCallback = await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "mydoor-osaka"));
        var callbackUrl = atCallback.Location!;
        var first = await browser.GetAsync(callbackUrl);
        Assert.True(first.IsRedirect, first.ToString());

        var replay = await browser.FollowAsync(await browser.GetAsync(callbackUrl));

        ErrorPages.AssertShown(replay, "flow-expired", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Complete_FromAnotherBrowser_RefusedWhileTheOwnerStillCompletes()
    {
        using var owner = Federation.CreateBrowser();
        using var other = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();
        var login = new FederationLogin { User = "hanako", Password = "hanako-demo", StopAt = url => url.AbsolutePath.EndsWith("/connect/authorize/complete", StringComparison.Ordinal) };
        // prompt=consent: the completion URL is a redirect only after the consent page (a callback completes in place).
        var atCompletion = await login.RunAsync(owner, rp.AuthorizeUrl(idpHint: "sakai-d", prompt: "consent"));

        var stolen = await other.GetAsync(atCompletion.Location!);
        var own = await owner.FollowAsync(atCompletion, RelyingPartyClient.IsCallback);

        Assert.Equal(HttpStatusCode.BadRequest, stolen.Status);
        Assert.False(stolen.IsRedirect);
        Assert.True(rp.Callback(own).ContainsKey("code"));
    }

    [Fact]
    public async Task Complete_FinishedFlowLinkOpenedAgain_FlowExpiredPageNotBadRequest()
    {
        using var browser = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();
        var login = new FederationLogin { User = "hanako", Password = "hanako-demo", StopAt = url => url.AbsolutePath.EndsWith("/connect/authorize/complete", StringComparison.Ordinal) };
        var atCompletion = await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "sakai-d", prompt: "consent"));
        Assert.True(rp.Callback(await browser.FollowAsync(atCompletion, RelyingPartyClient.IsCallback)).ContainsKey("code"));

        var again = await browser.GetAsync(atCompletion.Location!);

        // The service's request was right; the sign-in is over: the person is told to start again from the service.
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.False(again.IsRedirect);
        Assert.Contains("<p hidden id=\"error-kind\">flow-expired</p>", again.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"correlation-id\"", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_OptionalClaimUnchecked_NotReleased()
    {
        using var browser = Federation.CreateBrowser();
        var rp = Federation.CreateRelyingParty();
        var login = new FederationLogin { User = "yuki", Password = "yuki-demo", Uncheck = new HashSet<string> { "birthdate" } };

        var response = rp.Callback(await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "aizu-plus")));
        var token = await rp.ValidateIdTokenAsync((await rp.RedeemAsync(response["code"])).GetProperty("id_token").GetString()!);

        Assert.False(token.TryGetClaim("birthdate", out _));
        Assert.True(token.TryGetClaim("name", out _));
    }

    private async Task<BrowserPage> RunUntilAsync(BrowserClient browser, string step, string choice, string user, string password)
    {
        BrowserPage? reached = null;
        var login = new FederationLogin
        {
            Choice = choice, User = user, Password = password,
            BeforeStep = (name, page) => name == step ? throw new StopException(page) : Task.CompletedTask,
        };
        try
        {
            await login.RunAsync(browser, Federation.CreateRelyingParty().AuthorizeUrl());
        }
        catch (StopException stop)
        {
            reached = stop.Page;
        }
        return reached ?? throw new InvalidOperationException($"The login never reached {step}.");
    }

    private sealed class StopException(BrowserPage page) : Exception
    {
        public BrowserPage Page { get; } = page;
    }
}
