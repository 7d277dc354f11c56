using System.Text.Json;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.EndToEnd.Consents;

/// <summary>A person at the consent dashboard, through the browser-like client.</summary>
internal sealed class ConsentDashboard(TestFederation federation, BrowserClient browser)
{
    public Uri Url => new(federation.Issuer, "consents");

    /// <summary>Signs in with the regional ID (choice page, provider login) and returns the dashboard page.</summary>
    public async Task<BrowserPage> SignInAsync(string choice = "mebuku", string user = "taro", string password = "taro-demo")
    {
        var start = await browser.GetAsync(Url);
        var page = await browser.SubmitAsync(start, "sign-in");
        var login = new FederationLogin { Choice = choice, User = user, Password = password, StopAt = _ => false };
        for (var step = 0; step < 10 && page.Form("sign-out") is null; step++)
        {
            page = await browser.FollowAsync(page);
            if (page.Form("sign-out") is not null)
            {
                break;
            }
            page = await login.AnswerAsync(browser, page) ?? throw new InvalidOperationException("The dashboard sign-in stopped:\n" + page);
        }
        return page;
    }

    public async Task<BrowserPage> RevokeAsync(BrowserPage dashboard, string clientId)
        => await browser.FollowAsync(await browser.SubmitAsync(dashboard, "revoke-" + clientId));

    public Task<BrowserPage> ReloadAsync() => browser.GetAsync(Url);

    public async Task<JsonDocument> RecordsAsync()
    {
        var page = await browser.GetAsync(new Uri(federation.Issuer, "consents/records.json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        return JsonDocument.Parse(page.Html);
    }

    /// <summary>The notification state the page shows for a revoked service (data-notification), or null.</summary>
    public static string? NotificationState(BrowserPage page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page.Html, "data-notification=\"([A-Za-z]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }
}
