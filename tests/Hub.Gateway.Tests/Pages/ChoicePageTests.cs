using System.Net;
using System.Text.RegularExpressions;
using Hub.Gateway.Discovery;
using Hub.Gateway.Tests.EndToEnd;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Pages;

/// <summary>The choice page's discovery: search, the remembered choice and its "forget", and a greyed choice posted anyway.</summary>
public sealed partial class ChoicePageTests(InMemoryFederationFixture fixture) : IClassFixture<InMemoryFederationFixture>
{
    private TestFederation Federation => fixture.Federation;

    private async Task<BrowserPage> OpenChoiceAsync(BrowserClient browser, string? acrValues = null)
        => await browser.FollowAsync(await browser.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl(acrValues: acrValues)));

    [Theory]
    [InlineData("さかい")]
    [InlineData("堺")]
    [InlineData("590-0078")]
    public async Task ChoicePage_SearchSakai_ListsSakaIDThenMydoorOnly(string query)
    {
        using var browser = Federation.CreateBrowser();
        var choice = await OpenChoiceAsync(browser);

        var results = await browser.GetAsync(new Uri(choice.Url + "&q=" + Uri.EscapeDataString(query)));

        Assert.Equal(HttpStatusCode.OK, results.Status);
        Assert.Equal(["sakai-d", "mydoor-osaka"], Choices(results.Html));
    }

    [Fact]
    public async Task ChoicePage_BrowsePrefecture_ListsWhoServesIt()
    {
        using var browser = Federation.CreateBrowser();
        var choice = await OpenChoiceAsync(browser);

        var results = await browser.GetAsync(new Uri(choice.Url + "&pref=07"));

        Assert.Equal(["aizu-plus"], Choices(results.Html));
        Assert.Contains("福島県の地域ID（1件）", results.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choose_ThenNextLogin_RememberedChoiceOfferedFirstUntilForgotten()
    {
        using var browser = Federation.CreateBrowser();
        await browser.SubmitAsync(await OpenChoiceAsync(browser), "choose", ("choice", "sakai-d"));
        var cookie = browser.Cookies.GetCookies(Federation.Issuer)[LastChoiceCookie.Name];

        var next = await OpenChoiceAsync(browser);
        var forgotten = await browser.FollowAsync(await browser.PostAsync(new Uri(next.Url, "?handler=forget"), next.Form("choose")!.Fields(null, null)));

        Assert.NotNull(cookie);
        Assert.Equal("sakai-d", cookie.Value);
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Expires > DateTime.Now.AddDays(360));
        Assert.Matches("id=\"last-choice\"(?:(?!</section>).)*data-choice=\"sakai-d\"", next.Html.ReplaceLineEndings(" "));
        Assert.Null(browser.Cookies.GetCookies(Federation.Issuer)[LastChoiceCookie.Name]);
        Assert.DoesNotContain("id=\"last-choice\"", forgotten.Html, StringComparison.Ordinal);
        Assert.NotNull(forgotten.Form("choose"));
    }

    [Fact]
    public async Task Choose_GreyedProviderPostedAnyway_LevelNotMetPage()
    {
        using var browser = Federation.CreateBrowser();
        var choice = await OpenChoiceAsync(browser, "urn:jp:regional-id:loa:A");

        var page = await browser.FollowAsync(await browser.SubmitAsync(choice, "choose", ("choice", "aizu-plus")));

        ErrorPages.AssertShown(page, "level-not-met", HttpStatusCode.Forbidden);
    }

    internal static string[] Choices(string html)
        => [.. ChoiceAttribute().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("data-choice=\"([^\"]+)\"")]
    private static partial Regex ChoiceAttribute();
}
