namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// Plays a person through the federation: follows redirects, chooses a provider on the hub's page, logs in at the
/// sandbox provider (docs/sandbox.md recipe), lets the SAML auto-post run, answers the consent page, until the
/// browser is sent back to the RP, or a page is shown that the script cannot answer (returned as is).
/// </summary>
public sealed class FederationLogin
{
    public string? Choice { get; init; }

    public required string User { get; init; }

    public required string Password { get; init; }

    public bool Consent { get; init; } = true;

    /// <summary>Where the script stops following redirects: by default the test RP's redirect_uri.</summary>
    public Func<Uri, bool> StopAt { get; init; } = RelyingPartyClient.IsCallback;

    public ISet<string>? Uncheck { get; init; }

    /// <summary>
    /// Called before each step ("choose", "login", "autopost", "consent", "refuse-confirm", "return-to-service") with
    /// the page about to be answered.
    /// </summary>
    public Func<string, BrowserPage, Task>? BeforeStep { get; init; }

    public async Task<BrowserPage> RunAsync(BrowserClient browser, Uri start)
        => await ContinueAsync(browser, await browser.GetAsync(start));

    /// <summary>Plays the login on from a page already reached (e.g. the choice page).</summary>
    public async Task<BrowserPage> ContinueAsync(BrowserClient browser, BrowserPage page)
    {
        for (var step = 0; step < 15; step++)
        {
            page = await browser.FollowAsync(page, StopAt);
            if (page.IsRedirect)
            {
                return page;
            }
            var (name, next) = Next(page);
            if (next is null)
            {
                return page;
            }
            if (BeforeStep is not null)
            {
                await BeforeStep(name, page);
            }
            page = await next(browser, page);
        }
        throw new InvalidOperationException("The login did not end:\n" + page);
    }

    /// <summary>Plays the login until the page with form <paramref name="formId"/> is shown, and returns it unanswered.</summary>
    public async Task<BrowserPage> RunUntilAsync(BrowserClient browser, Uri start, string formId)
    {
        var page = await browser.GetAsync(start);
        for (var step = 0; step < 15; step++)
        {
            page = await browser.FollowAsync(page, StopAt);
            if (page.Form(formId) is not null)
            {
                return page;
            }
            page = await AnswerAsync(browser, page) ?? throw new InvalidOperationException($"No form #{formId} reached:\n{page}");
        }
        throw new InvalidOperationException("The login did not end:\n" + page);
    }

    /// <summary>Answers the page (choice, provider login, auto-post, consent) once; null if it is none of those.</summary>
    public async Task<BrowserPage?> AnswerAsync(BrowserClient browser, BrowserPage page)
        => Next(page) is (_, { } answer) ? await answer(browser, page) : null;

    private (string Name, Func<BrowserClient, BrowserPage, Task<BrowserPage>>? Answer) Next(BrowserPage page)
    {
        if (page.Form("choose") is not null)
        {
            return ("choose", (b, p) => b.SubmitAsync(p, "choose", ("choice", Choice ?? throw new InvalidOperationException("The choice page was shown but no choice was scripted."))));
        }
        if (page.Form("login") is not null)
        {
            return ("login", (b, p) => b.SubmitAsync(p, "login", ("action", "login"), new Dictionary<string, string> { ["username"] = User, ["password"] = Password }));
        }
        if (page.Form("autopost") is not null)
        {
            return ("autopost", (b, p) => b.SubmitAsync(p, "autopost"));
        }
        if (page.Form("continue") is not null)
        {
            return ("continue", (b, p) => b.SubmitAsync(p, "continue"));
        }
        if (page.Form("refuse-confirm") is not null)
        {
            return ("refuse-confirm", (b, p) => b.SubmitAsync(p, "refuse-confirm", ("decision", "refuse")));
        }
        if (page.Form("consent") is not null)
        {
            return ("consent", (b, p) => b.SubmitAsync(p, "consent", ("decision", Consent ? "approve" : "deny"), uncheck: Uncheck));
        }
        if (ReturnToService(page) is { } back)
        {
            return ("return-to-service", (b, _) => b.GetAsync(back));
        }
        return ("none", null);
    }

    /// <summary>The consent-refused page's "return to the service" link, if the page has one.</summary>
    public static Uri? ReturnToService(BrowserPage page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page.Html, "id=\"return-to-service\" href=\"([^\"]+)\"");
        return match.Success ? new Uri(page.Url, System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)) : null;
    }
}
