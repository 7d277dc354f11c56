using Hub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Pages;

/// <summary>The language switch, a phone viewport, keyboard focus, and the screenshots (ja and en, desktop and phone).</summary>
public sealed class LookTests(BrowserFederation federation) : IClassFixture<BrowserFederation>
{
    private async Task<IPage> OpenChoiceAsync(bool phone = false)
    {
        var page = await federation.NewPageAsync(phone);
        await page.GotoAsync(new Uri(federation.RelyingPartyUrl, "login").AbsoluteUri);
        await Assertions.Expect(page.Locator("form#choose")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task LanguageSwitch_English_OneClickAndPersists()
    {
        var page = await OpenChoiceAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Choose your regional ID");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Choose your regional ID");
        await Assertions.Expect(page.Locator("[data-choice='mebuku'] .name")).ToHaveTextAsync("Mebuku ID");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ChoicePage_DesktopAndPhone_NoSeriousViolationsInBothLanguagesWithScreenshots(bool phone)
    {
        var page = await OpenChoiceAsync(phone);
        var device = phone ? "phone" : "desktop";

        await Screenshots.SaveAsync(page, $"choose-ja-{device}");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Locator("header a[hreflang='en']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Screenshots.SaveAsync(page, $"choose-en-{device}");
        await Axe.AssertNoSeriousViolationsAsync(page);

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page scrolls sideways.");
    }

    [Fact]
    public async Task ChoicePage_Keyboard_TabReachesTheSearchWithAVisibleFocus()
    {
        var page = await OpenChoiceAsync();

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");

        Assert.Equal("q", focused);
        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task ChoicePage_LatinNameOnAJapanesePage_MarkedEnglish()
    {
        var page = await OpenChoiceAsync(phone: true);

        await Assertions.Expect(page.Locator("[data-choice='mydoor-osaka'] .name")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("[data-choice='mebuku'] .name")).Not.ToHaveAttributeAsync("lang", "en");
    }
}
