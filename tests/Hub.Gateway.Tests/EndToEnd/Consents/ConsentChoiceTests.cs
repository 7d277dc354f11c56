using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Providers.Mebuku;

namespace Hub.Gateway.Tests.EndToEnd.Consents;

/// <summary>
/// The consent page's choices: refusing a required claim (explained, then the consent-refused page, then
/// access_denied at the RP), remembering a decision with a declined optional claim, and a new claim asked later.
/// </summary>
public sealed class ConsentChoiceTests : IAsyncLifetime
{
    private const string NameBirthdateAddress = "openid profile address";

    private TestFederation _federation = null!;

    public async Task InitializeAsync() => _federation = await TestFederation.StartAsync();

    public async Task DisposeAsync() => await _federation.DisposeAsync();

    [Fact]
    public async Task Deny_RequiredClaims_ExplainedThenRefusedPageThenAccessDeniedWithStateAndIss()
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var pages = new Dictionary<string, BrowserPage>();
        var login = new FederationLogin
        {
            User = "taro", Password = "taro-demo", Consent = false,
            BeforeStep = (step, page) =>
            {
                pages[step] = page;
                return Task.CompletedTask;
            },
        };

        var end = await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku"));

        var explanation = pages["refuse-confirm"];
        Assert.Contains("がないと利用できません", explanation.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"refusal-back\"", explanation.Html, StringComparison.Ordinal);
        var refused = pages["return-to-service"];
        ErrorPages.AssertShown(refused, "consent-refused", HttpStatusCode.Forbidden);
        Assert.Contains("情報の提供に同意されませんでした", refused.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\"", refused.Html, StringComparison.Ordinal);
        Assert.Contains("サービスに戻る", refused.Html, StringComparison.Ordinal);
        var response = rp.Callback(end);
        Assert.Equal("access_denied", response["error"]);
        Assert.False(response.ContainsKey("code"));
        var records = _federation.Services.GetRequiredService<IConsentStore>();
        Assert.Empty(await records.ListAsync(Owner()));
        var denied = Assert.Single(await records.ReadRecordsAsync(Owner()));
        Assert.Equal(ConsentAction.Denied, denied.Action);
        Assert.Equal(ExpectedSubject.For("mebuku", MebukuResidents.Taro.UserNumber), denied.Subject);
    }

    [Fact]
    public async Task RefusedPage_InEnglishAnotherBrowserOrAfterReturning_ExplainsButOffersNoStaleReturn()
    {
        using var browser = _federation.CreateBrowser();
        using var stranger = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var consent = await new FederationLogin { User = "taro", Password = "taro-demo" }
            .RunUntilAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku"), "consent");
        var confirm = await browser.SubmitAsync(consent, "consent", ("decision", "deny"));
        var refused = await browser.FollowAsync(await browser.SubmitAsync(confirm, "refuse-confirm", ("decision", "refuse")));

        var english = await browser.GetAsync(new Uri(refused.Url.AbsoluteUri + "&lang=en"));
        var elsewhere = await stranger.GetAsync(refused.Url);
        var back = await browser.FollowAsync(await browser.GetAsync(FederationLogin.ReturnToService(english)!), RelyingPartyClient.IsCallback);
        var afterwards = await browser.GetAsync(refused.Url);

        ErrorPages.AssertShown(english, "consent-refused", HttpStatusCode.Forbidden);
        Assert.Contains("You did not agree to share the information", english.Html, StringComparison.Ordinal);
        Assert.Contains("Return to the service", english.Html, StringComparison.Ordinal);
        ErrorPages.AssertShown(elsewhere, "consent-refused", HttpStatusCode.Forbidden);
        Assert.Null(FederationLogin.ReturnToService(elsewhere));
        Assert.Equal("access_denied", rp.Callback(back)["error"]);
        ErrorPages.AssertShown(afterwards, "consent-refused", HttpStatusCode.Forbidden);
        Assert.Null(FederationLogin.ReturnToService(afterwards));
    }

    [Fact]
    public async Task Deny_ThenGoBack_ConsentPageAgainAndApprovalStillWorks()
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var consent = await new FederationLogin { User = "taro", Password = "taro-demo" }
            .RunUntilAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku"), "consent");

        var explanation = await browser.SubmitAsync(consent, "consent", ("decision", "deny"));
        var back = await browser.GetAsync(new Uri(explanation.Url, System.Text.RegularExpressions.Regex.Match(explanation.Html, "id=\"refusal-back\" href=\"([^\"]+)\"").Groups[1].Value));
        var end = await browser.FollowAsync(await browser.SubmitAsync(back, "consent", ("decision", "approve")), RelyingPartyClient.IsCallback);

        Assert.Equal(HttpStatusCode.OK, explanation.Status);
        Assert.NotNull(explanation.Form("refuse-confirm"));
        Assert.NotNull(back.Form("consent"));
        Assert.True(rp.Callback(end).ContainsKey("code"));
    }

    [Fact]
    public async Task Login_NewClaimAskedLater_AsksAgain()
    {
        var first = await LoginAsync("openid profile");
        var same = await LoginAsync("openid profile");
        var more = await LoginAsync(RelyingPartyClient.Scope);

        Assert.Contains("consent", first.Steps);
        Assert.DoesNotContain("consent", same.Steps);
        Assert.Contains("consent", more.Steps);
    }

    [Fact]
    public async Task Login_OptionalClaimDeclined_SameRequestNotAskedAgainAndStillNotReleased()
    {
        var first = await LoginAsync(NameBirthdateAddress, uncheck: "birthdate");
        var same = await LoginAsync(NameBirthdateAddress);

        Assert.Contains("consent", first.Steps);
        Assert.DoesNotContain("consent", same.Steps);
        foreach (var userInfo in new[] { first.UserInfo, same.UserInfo })
        {
            Assert.True(userInfo.TryGetProperty("name", out _));
            Assert.True(userInfo.TryGetProperty("address", out _));
            Assert.False(userInfo.TryGetProperty("birthdate", out _), userInfo.ToString());
        }
        var grant = await _federation.Services.GetRequiredService<IConsentStore>().GetAsync(Owner(), RelyingPartyClient.ClientId);
        Assert.Equal(["birthdate"], grant!.Declined);
        Assert.Equal(ExpectedSubject.For("mebuku", MebukuResidents.Taro.UserNumber), grant.Subject);
    }

    [Fact]
    public async Task Login_DeclinedBeforeThenANeverDecidedClaim_AsksAgain()
    {
        await LoginAsync(NameBirthdateAddress, uncheck: "birthdate");

        var more = await LoginAsync(RelyingPartyClient.Scope);

        Assert.Contains("consent", more.Steps);
        Assert.True(more.UserInfo.TryGetProperty("birthdate", out _), "Asked again, the person kept birthdate checked this time.");
    }

    private string Owner() => _federation.Services.GetRequiredService<Hub.Gateway.Policy.ConsentSubject>()
        .For("mebuku", MebukuResidents.Taro.UserNumber);

    private async Task<(List<string> Steps, JsonElement UserInfo)> LoginAsync(string scope, string? uncheck = null)
    {
        using var browser = _federation.CreateBrowser();
        var rp = _federation.CreateRelyingParty();
        var steps = new List<string>();
        var login = new FederationLogin
        {
            User = "taro", Password = "taro-demo",
            Uncheck = uncheck is null ? null : new HashSet<string> { uncheck },
            BeforeStep = (step, _) =>
            {
                steps.Add(step);
                return Task.CompletedTask;
            },
        };
        var response = rp.Callback(await login.RunAsync(browser, rp.AuthorizeUrl(idpHint: "mebuku", scope: scope)));
        var tokens = await rp.RedeemAsync(response["code"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_federation.Issuer, "connect/userinfo"));
        request.Headers.Authorization = RelyingPartyClient.Bearer(tokens.GetProperty("access_token").GetString()!);
        using var userInfo = await _federation.BackChannel.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, userInfo.StatusCode);
        return (steps, await userInfo.Content.ReadFromJsonAsync<JsonElement>());
    }
}
