using Hub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Flow;

/// <summary>
/// A Sakai resident at the Osaka demo service: finds SakaI-D by kana and by kanji, chooses it (the hub routes to
/// mydoor OSAKA ID), signs in at the sandbox, unchecks an optional claim, and the service does not receive it.
/// </summary>
public sealed class DiscoveryFlowTests(BrowserFederation federation) : IClassFixture<BrowserFederation>
{
    private async Task<IPage> OpenChoiceAsync()
    {
        var page = await federation.NewPageAsync();
        await page.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri);
        await Assertions.Expect(page.Locator("form#choose")).ToBeVisibleAsync();
        return page;
    }

    private static async Task SearchAsync(IPage page, string text)
    {
        await page.GetByLabel("お住まいの市区町村・都道府県、地域IDの名前、または郵便番号").FillAsync(text);
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results-title")).ToContainTextAsync(text);
    }

    private static Task<string[]> ChoicesAsync(IPage page)
        => page.Locator("#results [data-choice]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.choice)");

    [Theory]
    [InlineData("さかい")]
    [InlineData("堺")]
    public async Task Search_SakaiByKanaOrKanji_SakaIDListedFirstAsItself(string text)
    {
        var page = await OpenChoiceAsync();

        await SearchAsync(page, text);

        Assert.Equal(["sakai-d", "mydoor-osaka"], await ChoicesAsync(page));
        await Assertions.Expect(page.Locator("[data-choice='sakai-d'] .logo")).ToHaveTextAsync("SakaI-D");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("前橋")]
    [InlineData("まえばし")]
    public async Task Search_MaebashiByKanjiOrKana_Mebuku(string text)
    {
        var page = await OpenChoiceAsync();

        await SearchAsync(page, text);

        Assert.Equal(["mebuku"], await ChoicesAsync(page));
    }

    [Fact]
    public async Task Login_SakaIDWithOptionalBirthdateUnchecked_ServiceDoesNotReceiveIt()
    {
        var page = await OpenChoiceAsync();
        await SearchAsync(page, "さかい");
        await page.Locator("[data-choice='sakai-d'] button").ClickAsync();

        // The hub passed the brand on (brand=sakai-d): the provider's page is SakaI-D's.
        await Assertions.Expect(page.Locator("header strong")).ToHaveTextAsync("SakaI-D");
        await page.Locator("#username").FillAsync("hanako");
        await page.Locator("#password").FillAsync("hanako-demo");
        await page.Locator("form#login button[value='login']").ClickAsync();

        await Assertions.Expect(page.Locator("form#consent")).ToBeVisibleAsync();
        await page.Locator("#claim-birthdate").UncheckAsync();
        await page.Locator("form#consent button[value='approve']").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/claims", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("堺 花子");
        await Assertions.Expect(page.Locator("tr[data-claim='name']").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("tr[data-claim='birthdate']").CountAsync());
    }

    [Fact]
    public async Task Choose_NextVisit_RememberedFirstInAnHttpOnlyLaxCookieUntilForgotten()
    {
        var page = await OpenChoiceAsync();
        await page.Locator("[data-choice='mebuku'] button").ClickAsync();
        await page.Locator("#username").WaitForAsync();

        await page.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri);
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "hub_last_choice");
        await Assertions.Expect(page.Locator("#last-choice [data-choice='mebuku'] button")).ToBeVisibleAsync();
        await page.Locator("#forget").ClickAsync();

        Assert.Equal("mebuku", cookie.Value);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
        Assert.True(cookie.Expires > DateTimeOffset.UtcNow.AddDays(360).ToUnixTimeSeconds());
        await Assertions.Expect(page.Locator("#last-choice")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "hub_last_choice");
    }
}
