using System.Text.RegularExpressions;
using Hub.Browser.Tests.Infrastructure;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Pages;

/// <summary>
/// Each error page reached the way a person reaches it, in chromium against the demo federation: a provider
/// suspended or lowered in a trust-list release while the choice page is open, a provider whose token endpoint is
/// down, a refused consent (explained, then back to the service with access_denied), an old link to a finished
/// login, and a bad request from the RP. Each page: what happened, what to do, the correlation id, in Japanese then
/// English, no serious axe violation, screenshots. The trust-list changes are undone after each test.
/// </summary>
public sealed class ErrorFlowTests(BrowserFederation federation) : IClassFixture<BrowserFederation>
{
    private static readonly Regex Japanese = new("[\\p{IsCJKUnifiedIdeographs}\\p{IsHiragana}\\p{IsKatakana}]");

    static ErrorFlowTests()
    {
        // Several federations and chromiums may share 2 cores: the 5 s default of Expect is too tight there.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    [Fact]
    public async Task Choose_ProviderSuspendedWhileTheChoicePageIsOpen_ProviderSuspendedPage()
    {
        var page = await OpenChoiceAsync(phone: false);
        try
        {
            await federation.TrustList.PublishAsync(DemoTrustListPublisher.SuspendProvider("aizu-plus"));
            await page.Locator("#results [data-choice='aizu-plus'] button").ClickAsync();

            await AssertErrorPageAsync(page, "provider-suspended", "flow-provider-suspended-desktop");
        }
        finally
        {
            await federation.TrustList.RestoreAsync();
        }
    }

    [Fact]
    public async Task Choose_ProviderLevelLoweredWhileTheChoicePageIsOpen_LevelNotMetPage()
    {
        var page = await OpenChoiceAsync(phone: true);
        try
        {
            await federation.TrustList.PublishAsync(DemoTrustListPublisher.Provider("mydoor-osaka", p => p with { MaxLoa = LevelOfAssurance.C }));
            await page.Locator("#results [data-choice='mydoor-osaka'] button").ClickAsync();

            await AssertErrorPageAsync(page, "level-not-met", "flow-level-not-met-phone");
        }
        finally
        {
            await federation.TrustList.RestoreAsync();
        }
    }

    [Fact]
    public async Task Callback_ProviderTokenEndpointDown_ProviderUnavailablePage()
    {
        var dead = new Uri($"http://127.0.0.1:{FreePort.Next()}/token");
        await federation.TrustList.PublishAsync(DemoTrustListPublisher.Provider("aizu-plus", p => p with { Oidc = p.Oidc! with { TokenEndpoint = dead } }));
        try
        {
            var page = await OpenChoiceAsync(phone: false);
            await page.Locator("#results [data-choice='aizu-plus'] button").ClickAsync();
            await LogInAsync(page, "yuki", "yuki-demo");

            await AssertErrorPageAsync(page, "provider-unavailable", "flow-provider-unavailable-desktop");
        }
        finally
        {
            await federation.TrustList.RestoreAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Consent_RequiredClaimRefused_ExplainedThenBackToTheServiceWithAccessDenied(bool phone)
    {
        var device = phone ? "phone" : "desktop";
        var page = await OpenChoiceAsync(phone);
        var choiceUrl = page.Url;
        await page.Locator("#results [data-choice='mebuku'] button").ClickAsync();
        await LogInAsync(page, phone ? "akira" : "taro", phone ? "akira-demo" : "taro-demo");
        await Assertions.Expect(page.Locator("form#consent")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, $"consent-ja-{device}");
        await page.Locator("header a[hreflang='en']").ClickAsync();
        await Assertions.Expect(page.Locator("form#consent button[value='approve']")).ToHaveTextAsync(new Regex("[A-Za-z]"));
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, $"consent-en-{device}");
        await page.Locator("header a[hreflang='ja']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");

        await page.Locator("form#consent button[value='deny']").ClickAsync();
        await Assertions.Expect(page.Locator("#refusal-title")).ToContainTextAsync("がないと利用できません");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, $"consent-refusal-explained-ja-{device}");
        await page.Locator("form#refuse-confirm button").ClickAsync();

        await AssertErrorPageAsync(page, "consent-refused", $"flow-consent-refused-{device}");
        await Assertions.Expect(page.Locator("#return-to-service")).ToHaveTextAsync("Return to the service");
        await page.Locator("#return-to-service").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(federation.RelyingPartyUrl.AbsoluteUri, StringComparison.Ordinal));
        // The demo service checks state and iss (RFC 9207) before it shows the hub's error code.
        await Assertions.Expect(page.Locator("#error-code")).ToHaveTextAsync("access_denied");

        // The old link to the finished login: the flow is gone. The language chosen above persists.
        await page.GotoAsync(choiceUrl);
        await AssertErrorPageAsync(page, "flow-expired", $"flow-expired-{device}", englishAlready: true);
    }

    [Fact]
    public async Task Authorize_RedirectUriNotRegistered_BadRequestPageWithoutRedirect()
    {
        var page = await federation.NewPageAsync(phone: true);
        var authorize = new Uri(federation.HubUrl,
            "connect/authorize?client_id=osaka-kosodate&response_type=code&scope=openid&state=s&nonce=n"
            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
            + "&redirect_uri=" + Uri.EscapeDataString("https://attacker.example/callback"));

        await page.GotoAsync(authorize.AbsoluteUri);

        await Assertions.Expect(page.Locator("#protocol-error")).ToHaveTextAsync("invalid_request");
        Assert.Equal(authorize.AbsoluteUri, page.Url);
        await AssertErrorPageAsync(page, "bad-request", "flow-bad-request-phone", inPlace: true);
    }

    private async Task<IPage> OpenChoiceAsync(bool phone)
    {
        var page = await federation.NewPageAsync(phone);
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri);
        await Assertions.Expect(page.Locator("form#choose")).ToBeVisibleAsync();
        return page;
    }

    private static async Task LogInAsync(IPage page, string user, string password)
    {
        await page.Locator("#username").FillAsync(user);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form#login button[value='login']").ClickAsync();
    }

    /// <summary>
    /// The error page of <paramref name="kind"/> in Japanese, then in English after one click (or only in English,
    /// when the person chose it before). <paramref name="inPlace"/>: shown as the answer to another URL.
    /// </summary>
    private static async Task AssertErrorPageAsync(IPage page, string kind, string screenshot, bool englishAlready = false, bool inPlace = false)
    {
        if (!inPlace)
        {
            await page.WaitForURLAsync(new Regex($"/error/{kind}\\?"));
        }
        await Assertions.Expect(page.Locator("#error-kind")).ToHaveTextAsync(kind);
        await Assertions.Expect(page.Locator("#correlation-id")).ToHaveTextAsync(new Regex("^[A-Za-z0-9:._-]+$"));
        await Assertions.Expect(page.Locator("#error-action")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Exception");
        var correlation = await page.Locator("#correlation-id").InnerTextAsync();
        if (!englishAlready)
        {
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
            Assert.Matches(Japanese, await page.Locator("#error-title").InnerTextAsync());
            await Axe.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, screenshot + "-ja");
            await page.Locator("header a[hreflang='en']").ClickAsync();
        }

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("#error-kind")).ToHaveTextAsync(kind);
        await Assertions.Expect(page.Locator("#correlation-id")).ToHaveTextAsync(correlation);
        Assert.DoesNotMatch(Japanese, await page.Locator("#error-title").InnerTextAsync());
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, screenshot + "-en");
    }
}
