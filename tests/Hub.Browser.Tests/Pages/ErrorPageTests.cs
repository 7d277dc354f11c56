using Hub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Pages;

/// <summary>Every error a person can reach: what happened, what to do, and the correlation id, in both languages.</summary>
public sealed class ErrorPageTests(BrowserFederation federation) : IClassFixture<BrowserFederation>
{
    [Theory]
    [InlineData("provider-unavailable", 503)]
    [InlineData("provider-suspended", 403)]
    [InlineData("level-not-met", 403)]
    [InlineData("consent-refused", 403)]
    [InlineData("flow-expired", 400)]
    [InlineData("bad-request", 400)]
    public async Task ErrorPage_EachKind_SaysWhatHappenedWhatToDoAndTheCorrelationIdInBothLanguages(string kind, int status)
    {
        var page = await federation.NewPageAsync(phone: kind == "provider-unavailable");

        var japanese = await page.GotoAsync(new Uri(federation.HubUrl, $"error/{kind}?id=req-{kind}").AbsoluteUri);
        var japaneseTitle = await page.Locator("#error-title").InnerTextAsync();
        await Assertions.Expect(page.Locator("#correlation-id")).ToHaveTextAsync($"req-{kind}");
        await Assertions.Expect(page.Locator("#error-action")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Exception");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, $"error-{kind}-ja");
        await page.Locator("header a[hreflang='en']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Screenshots.SaveAsync(page, $"error-{kind}-en");

        Assert.Equal(status, japanese!.Status);
        Assert.Matches("[\\p{IsCJKUnifiedIdeographs}\\p{IsHiragana}]", japaneseTitle);
        Assert.DoesNotMatch("[\\p{IsCJKUnifiedIdeographs}\\p{IsHiragana}]", await page.Locator("#error-title").InnerTextAsync());
        await Assertions.Expect(page.Locator("#correlation-id")).ToHaveTextAsync($"req-{kind}");
        await Assertions.Expect(page.Locator("#error-action")).Not.ToBeEmptyAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
    }
}
