using Hub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Browser.Tests.Pages;

/// <summary>
/// Every error page as such: what happened, what to do, and the correlation id, in both languages, on a desktop and
/// on a phone (screenshots <c>error-&lt;kind&gt;-&lt;ja|en&gt;-&lt;desktop|phone&gt;</c>). <see cref="ErrorFlowTests"/>
/// reaches each of them the way a person does.
/// </summary>
public sealed class ErrorPageTests(BrowserFederation federation) : IClassFixture<BrowserFederation>
{
    public static TheoryData<string, int, bool> Kinds()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var phone in new[] { false, true })
        {
            data.Add("provider-unavailable", 503, phone);
            data.Add("provider-suspended", 403, phone);
            data.Add("level-not-met", 403, phone);
            data.Add("consent-refused", 403, phone);
            data.Add("flow-expired", 400, phone);
            data.Add("bad-request", 400, phone);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ErrorPage_EachKindOnDesktopAndPhone_SaysWhatHappenedWhatToDoAndTheCorrelationIdInBothLanguages(string kind, int status, bool phone)
    {
        var device = phone ? "phone" : "desktop";
        var page = await federation.NewPageAsync(phone);

        var japanese = await page.GotoAsync(new Uri(federation.HubUrl, $"error/{kind}?id=req-{kind}").AbsoluteUri);
        var japaneseTitle = await page.Locator("#error-title").InnerTextAsync();
        await Assertions.Expect(page.Locator("#correlation-id")).ToHaveTextAsync($"req-{kind}");
        await Assertions.Expect(page.Locator("#error-action")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Exception");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, $"error-{kind}-ja-{device}");
        await page.Locator("header a[hreflang='en']").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Screenshots.SaveAsync(page, $"error-{kind}-en-{device}");

        Assert.Equal(status, japanese!.Status);
        Assert.Matches("[\\p{IsCJKUnifiedIdeographs}\\p{IsHiragana}]", japaneseTitle);
        Assert.DoesNotMatch("[\\p{IsCJKUnifiedIdeographs}\\p{IsHiragana}]", await page.Locator("#error-title").InnerTextAsync());
        await Assertions.Expect(page.Locator("#correlation-id")).ToHaveTextAsync($"req-{kind}");
        await Assertions.Expect(page.Locator("#error-action")).Not.ToBeEmptyAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page scrolls sideways.");
        // Opened without a refused login of this browser, the consent-refused page offers no return to a service.
        Assert.Equal(0, await page.Locator("#return-to-service").CountAsync());
    }
}
