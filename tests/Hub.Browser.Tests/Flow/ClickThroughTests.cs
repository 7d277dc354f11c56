using Hub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Flow;

/// <summary>
/// The gateway issue's browser test: a Maebashi resident signs in at the Osaka demo service by clicking through the
/// hub's choice page, the Mebuku sandbox login and the hub's consent page, in Debian's chromium.
/// </summary>
public sealed class ClickThroughTests(BrowserFederation federation) : IClassFixture<BrowserFederation>
{
    [Fact]
    public async Task Login_MebukuThroughChoiceAndConsent_ReachesTheDemoServiceWithTheClaims()
    {
        var page = await federation.NewPageAsync();

        await page.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri);
        await Assertions.Expect(page.Locator("form#choose")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("[data-choice='mebuku'] button").ClickAsync();

        await page.Locator("#username").FillAsync("taro");
        await page.Locator("#password").FillAsync("taro-demo");
        await page.Locator("form#login button[value='login']").ClickAsync();

        await Assertions.Expect(page.Locator("form#consent")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "consent-ja-desktop");
        await page.Locator("form#consent button[value='approve']").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/claims", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("前橋 太郎");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "rp-claims-desktop");
    }
}
