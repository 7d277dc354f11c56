using System.Net.Http.Json;
using System.Text.Json;
using Hub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Consents;

/// <summary>
/// The resident's side of consent in chromium, against the demo federation: sign in at the demo service and agree
/// with an optional claim unchecked; the next login is not asked again and the claim stays back; then at the hub's
/// dashboard sign in, see the service (and the claim declined), withdraw the consent; the demo service's revocation
/// endpoint received the signed SET for the subject it knows, and the next login asks again.
/// </summary>
public sealed class ConsentDashboardBrowserTests(BrowserFederation federation) : IClassFixture<BrowserFederation>
{
    /// <summary>The first requests warm up the hub and the demo service (discovery, Razor): generous on a loaded machine.</summary>
    private static readonly PageGotoOptions Navigation = new() { Timeout = 60_000, WaitUntil = WaitUntilState.DOMContentLoaded };

    static ConsentDashboardBrowserTests()
    {
        // Several federations and chromiums run at once on 2 cores: the 5 s default of Expect is too tight there.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    [Fact]
    public async Task Revoke_InTheDashboard_RpNotifiedAndNextLoginAsksAgain()
    {
        var page = await Page(federation.NewPageAsync());
        await LoginAtDemoServiceAsync(page, uncheck: "address");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("前橋 太郎");
        await Assertions.Expect(page.Locator("tr[data-claim='birthdate']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-claim='address']")).ToHaveCountAsync(0);
        var subject = await page.Locator("#sub").InnerTextAsync();

        // The decision is remembered, the declined claim with it: the same request is not asked again, address stays back.
        var remembered = await Page(federation.NewPageAsync());
        var visited = new List<string>();
        remembered.FrameNavigated += (_, frame) => visited.Add(frame.Url);
        await remembered.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri, Navigation);
        await remembered.Locator("#results [data-choice='mebuku'] button").ClickAsync();
        await LogInAtMebukuIfAskedAsync(remembered, "#sub");
        await Assertions.Expect(remembered.Locator("#sub")).ToHaveTextAsync(subject);
        await Assertions.Expect(remembered.Locator("tr[data-claim='birthdate']").First).ToBeVisibleAsync();
        await Assertions.Expect(remembered.Locator("tr[data-claim='address']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(visited, url => url.Contains("/flow/consent", StringComparison.Ordinal));

        await page.GotoAsync(new Uri(federation.HubUrl, "consents").AbsoluteUri, Navigation);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("form#sign-in button").ClickAsync();
        await page.Locator("#results [data-choice='mebuku'] button").ClickAsync();
        await LogInAtMebukuIfAskedAsync(page, "form#sign-out");
        var service = page.Locator("[data-client='osaka-kosodate']");
        await Assertions.Expect(service).ToHaveAttributeAsync("data-state", "active");
        await Assertions.Expect(service.Locator("[data-claim='birthdate']")).ToBeVisibleAsync();
        await Assertions.Expect(service.Locator("[data-claim='address']")).ToHaveCountAsync(0);
        await Assertions.Expect(service.Locator("[data-declined]")).ToHaveAttributeAsync("data-declined", "address");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "consents-dashboard-ja-desktop");

        await page.Locator("form#revoke-osaka-kosodate button").ClickAsync();

        await Assertions.Expect(page.Locator("[data-client='osaka-kosodate']")).ToHaveAttributeAsync("data-state", "revoked");
        // The demo service's receiver logs a SET only once it verified it (typ, signature against the hub's jwks, iss,
        // aud, iat, jti): what it logged is the person as it knows them, and the claims it had received.
        var received = await WaitForRevocationAsync();
        Assert.Contains("https://schemas.regional-id.jp/secevent/consent-revoked",
            received.GetProperty("event_types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(subject, received.GetProperty("sub").GetString());
        Assert.Equal(federation.HubUrl.AbsoluteUri.TrimEnd('/'), received.GetProperty("iss").GetString()!.TrimEnd('/'));
        var revokedClaims = received.GetProperty("events").GetProperty("https://schemas.regional-id.jp/secevent/consent-revoked")
            .GetProperty("claims").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("birthdate", revokedClaims);
        Assert.DoesNotContain("address", revokedClaims);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-notification]")).ToHaveAttributeAsync("data-notification", "Delivered");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "consents-revoked-ja-desktop");

        var again = await Page(federation.NewPageAsync());
        await again.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri, Navigation);
        await again.Locator("#results [data-choice='mebuku'] button").ClickAsync();
        await LogInAtMebukuIfAskedAsync(again, "form#consent");
        await Assertions.Expect(again.Locator("form#consent")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Dashboard_OnAPhoneInEnglish_SignInOfferedWithoutSeriousViolations()
    {
        var page = await Page(federation.NewPageAsync(phone: true));

        await page.GotoAsync(new Uri(federation.HubUrl, "consents?lang=en").AbsoluteUri, Navigation);

        await Assertions.Expect(page.Locator("form#sign-in button")).ToContainTextAsync("Sign in with your regional ID");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "consents-signin-en-phone");
    }

    private static async Task<IPage> Page(Task<IPage> opening)
    {
        var page = await opening;
        page.SetDefaultTimeout(60_000);
        return page;
    }

    private async Task LoginAtDemoServiceAsync(IPage page, string uncheck)
    {
        await page.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri, Navigation);
        await page.Locator("#results [data-choice='mebuku'] button").ClickAsync();
        await LogInAtMebukuIfAskedAsync(page, "form#consent");
        await page.Locator($"#claim-{uncheck}").UncheckAsync();
        await page.Locator("form#consent button[value='approve']").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/claims", StringComparison.Ordinal));
    }

    /// <summary>Logs in at the Mebuku sandbox unless the page already shows <paramref name="then"/>.</summary>
    private static async Task LogInAtMebukuIfAskedAsync(IPage page, string then)
    {
        var login = page.Locator("#username");
        await Assertions.Expect(login.Or(page.Locator(then))).ToBeVisibleAsync();
        if (await login.IsVisibleAsync())
        {
            await login.FillAsync("taro");
            await page.Locator("#password").FillAsync("taro-demo");
            await page.Locator("form#login button[value='login']").ClickAsync();
        }
        await Assertions.Expect(page.Locator(then)).ToBeVisibleAsync();
    }

    private async Task<JsonElement> WaitForRevocationAsync()
    {
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            var log = await http.GetFromJsonAsync<JsonElement>(new Uri(federation.RelyingPartyUrl, "revocations.json"));
            if (log.GetArrayLength() > 0)
            {
                return log.EnumerateArray().Last();
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The demo service received no consent-revocation SET.");
    }
}
