using System.Net;
using Hub.Gateway.Tests.EndToEnd;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Pages;

/// <summary>The minimal pages: what they show, in Japanese by default and in English on request.</summary>
public sealed class PagesTests(InMemoryFederationFixture fixture) : IClassFixture<InMemoryFederationFixture>
{
    private TestFederation Federation => fixture.Federation;

    [Fact]
    public async Task ChoicePage_ServiceNeedsLevelA_GreysProvidersThatCannotReachItWithTheReason()
    {
        using var browser = Federation.CreateBrowser();

        var page = await browser.FollowAsync(await browser.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl(acrValues: "urn:jp:regional-id:loa:A")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<html lang=\"ja\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"mebuku\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"aizu-plus\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("保証レベルAが必要です（この地域IDは最高でレベルB）", page.Html, StringComparison.Ordinal);
        Assert.Contains("大阪市 子育て支援サービス（デモ）", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoicePage_EnglishChosen_ShownInEnglishAndRemembered()
    {
        using var browser = Federation.CreateBrowser();
        var choice = await browser.FollowAsync(await browser.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl()));

        var english = await browser.GetAsync(new Uri(choice.Url + "&lang=en"));
        var again = await browser.GetAsync(choice.Url);

        Assert.Contains("<html lang=\"en\">", english.Html, StringComparison.Ordinal);
        Assert.Contains("Choose your regional ID", english.Html, StringComparison.Ordinal);
        Assert.Contains("Choose your regional ID", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsentPage_ShowsTheServiceEachClaimWithPurposeRequirementAndValue()
    {
        using var browser = Federation.CreateBrowser();
        BrowserPage? consent = null;
        var login = new FederationLogin
        {
            User = "sachiko", Password = "sachiko-demo", Consent = false,
            BeforeStep = (step, page) =>
            {
                consent = step == "consent" ? page : consent;
                return Task.CompletedTask;
            },
        };

        await login.RunAsync(browser, Federation.CreateRelyingParty().AuthorizeUrl(idpHint: "mebuku"));

        var html = consent!.Html;
        Assert.Contains("大阪市（デモ）", html, StringComparison.Ordinal);
        Assert.Contains("公的サービス", html, StringComparison.Ordinal);
        Assert.Contains("赤城 幸子", html, StringComparison.Ordinal);
        Assert.Contains("1955-04-29", html, StringComparison.Ordinal);
        Assert.Contains("年齢によって異なる支援メニュー", html, StringComparison.Ordinal);
        Assert.Matches("data-claim=\"name\">\\s*<input type=\"checkbox\" id=\"claim-name\" checked disabled>", html);
        Assert.Matches("<input type=\"checkbox\" id=\"claim-birthdate\" name=\"claims\" value=\"birthdate\" checked>", html);
    }

    [Fact]
    public async Task ErrorPage_UnknownKind_NotFoundWithCorrelationId()
    {
        using var browser = Federation.CreateBrowser();

        var page = await browser.GetAsync(new Uri(Federation.Issuer, "error/no-such-page"));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Matches("<code id=\"correlation-id\">[^<]+</code>", page.Html);
    }

    [Fact]
    public async Task ErrorPage_BadRequestFromTheRelyingParty_LocalisedInPlaceWithTheCodeAndCorrelationId()
    {
        using var browser = Federation.CreateBrowser();

        var page = await browser.GetAsync(Federation.CreateRelyingParty().AuthorizeUrl(redirectUri: "https://attacker.example/callback"));

        ErrorPages.AssertShown(page, "bad-request", HttpStatusCode.BadRequest);
        Assert.Null(page.Location);
        Assert.Contains("<html lang=\"ja\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("サービスからの要求が正しくない", page.Html, StringComparison.Ordinal);
        Assert.Contains("<code id=\"protocol-error\">invalid_request</code>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", page.Html, StringComparison.Ordinal);
        var correlation = System.Text.RegularExpressions.Regex.Match(page.Html, "<code id=\"correlation-id\">([^<]+)</code>").Groups[1].Value;
        Assert.Contains($"href=\"/error/bad-request?id={Uri.EscapeDataString(correlation)}&amp;lang=en\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserInfo_NoToken_ErrorStaysWithoutAnHtmlPage()
    {
        using var response = await Federation.BackChannel.GetAsync(new Uri(Federation.Issuer, "connect/userinfo"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
