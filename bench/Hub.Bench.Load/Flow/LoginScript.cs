using System.Diagnostics;
using Hub.Bench.Load.Browsing;

namespace Hub.Bench.Load.Flow;

/// <summary>The outcome of one login: whether the RP got a valid ID token, the wall times, and the error if not.</summary>
public readonly record struct LoginOutcome(bool Ok, double TotalMs, double HubMs, bool Consented, string? Error);

/// <summary>
/// Plays one person through the whole brokered flow: RP authorize (PKCE) → hub → sandbox provider login (SAML
/// auto-post or OIDC redirect) → hub consent page when shown → code at the RP's redirect_uri → token request with
/// private_key_jwt → ID token validated by the strict RP.
/// </summary>
public static class LoginScript
{
    public static async Task<LoginOutcome> RunAsync(HttpClient http, HubRouter hub, StrictRelyingParty rp, Resident resident)
    {
        var started = Stopwatch.GetTimestamp();
        var browser = new Browser(http, hub);
        var consented = false;
        try
        {
            var request = rp.NewRequest(resident.IdpHint);
            var page = await browser.GetAsync(request.Url);
            for (var step = 0; ; step++)
            {
                page = await browser.FollowAsync(page, StrictRelyingParty.IsCallback);
                if (page.IsRedirect)
                {
                    break;
                }
                if (step == 10)
                {
                    return Fail(started, browser, "the login did not end: " + Title(page));
                }
                var answer = Answer(browser, page, resident, ref consented);
                if (answer is null)
                {
                    return Fail(started, browser, "unexpected page: " + Title(page));
                }
                page = await answer;
            }
            var code = rp.Code(request, page.Location!, out var error);
            if (code is null)
            {
                return Fail(started, browser, "authorization response: " + error);
            }
            using var token = await browser.BackChannelAsync(rp.TokenRequest(request, code));
            var body = await token.Content.ReadAsStringAsync();
            if (!token.IsSuccessStatusCode)
            {
                return Fail(started, browser, $"token endpoint {(int)token.StatusCode}");
            }
            var invalid = await rp.ValidateAsync(request, body, http);
            return invalid is null
                ? new LoginOutcome(true, Ms(Stopwatch.GetTimestamp() - started), Ms(browser.HubTicks), consented, null)
                : Fail(started, browser, invalid);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return Fail(started, browser, $"{e.GetType().Name} at {browser.LastPath}");
        }
    }

    private static Task<Page>? Answer(Browser browser, Page page, Resident resident, ref bool consented)
    {
        if (Form.Find(page.Body, "login") is { } login)
        {
            return Submit(browser, page, login, ("username", resident.User), ("password", resident.Password), ("action", "login"));
        }
        if (Form.Find(page.Body, "autopost") is { } autopost)
        {
            return Submit(browser, page, autopost);
        }
        if (Form.Find(page.Body, "continue") is { } next)
        {
            return Submit(browser, page, next);
        }
        if (Form.Find(page.Body, "consent") is { } consent)
        {
            consented = true;
            return Submit(browser, page, consent, ("decision", "approve"));
        }
        return null;
    }

    private static Task<Page> Submit(Browser browser, Page page, Form form, params (string, string)[] values)
        => browser.PostAsync(string.IsNullOrEmpty(form.Action) ? page.Url : new Uri(page.Url, form.Action), form.With(values));

    private static LoginOutcome Fail(long started, Browser browser, string error)
        => new(false, Ms(Stopwatch.GetTimestamp() - started), Ms(browser.HubTicks), false, error);

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static string Title(Page page)
    {
        var start = page.Body.IndexOf("<title>", StringComparison.Ordinal);
        var end = page.Body.IndexOf("</title>", StringComparison.Ordinal);
        return $"{(int)page.Status} {page.Url.AbsolutePath} " + (start >= 0 && end > start ? page.Body[(start + 7)..end] : string.Empty);
    }
}
