using Hub.Adapters.Abstractions;
using Hub.Conformance.Candidates;
using Hub.Conformance.Harness;

namespace Hub.Conformance.Browser;

/// <summary>
/// The form-login recipe: follow redirects; on the login form post its hidden fields plus username, password and the
/// login (or cancel) submit value; stop at the first redirect or form that targets the hub's callback.
/// </summary>
internal sealed class FormLoginDriver(IHttpClientFactory httpClientFactory, FormLoginRecipe recipe) : ILoginDriver
{
    private const int MaxSteps = 12;

    public async Task<LoginAttempt> RunAsync(Uri start, CallbackTarget target, TestAccount account, LoginAction action, CancellationToken cancellationToken)
    {
        try
        {
            return await DriveAsync(start, target, account, action, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return LoginAttempt.Stopped($"{start.GetLeftPart(UriPartial.Path)}: the provider could not be reached ({e.GetType().Name})");
        }
    }

    private async Task<LoginAttempt> DriveAsync(Uri start, CallbackTarget target, TestAccount account, LoginAction action, CancellationToken cancellationToken)
    {
        var browser = new BrowserSession(httpClientFactory.CreateClient(HubHarness.BrowserClient));
        var trace = new List<string>();
        var submitted = false;
        var response = await browser.SendAsync(HttpMethod.Get, start, null, cancellationToken).ConfigureAwait(false);
        for (var step = 0; step < MaxSteps; step++)
        {
            trace.Add($"{response.Url.AbsolutePath} → {response.Status}");
            if (response.IsRedirect)
            {
                if (target.Matches(response.Location!))
                {
                    return Back(trace, "GET", response.Location!, QueryString.Parse(response.Location!.Query), Empty);
                }
                response = await browser.SendAsync(HttpMethod.Get, response.Location!, null, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (response.Status != 200)
            {
                return Stop(trace, $"HTTP {response.Status} ({HtmlForms.Title(response.Body) ?? "no title"})");
            }
            var forms = HtmlForms.Parse(response.Body, response.Url);
            if (forms.FirstOrDefault(f => target.Matches(f.Action)) is { } back)
            {
                var fields = ToDictionary(back.Fields);
                return back.Method == "POST"
                    ? Back(trace, "POST", back.Action, Empty, fields)
                    : Back(trace, "GET", back.Action, fields, Empty);
            }
            var login = FindLoginForm(forms);
            if (login is null)
            {
                return Stop(trace, $"a page with neither the login form nor a form to the hub ({HtmlForms.Title(response.Body) ?? "no title"})");
            }
            if (submitted)
            {
                return Stop(trace, "the login form came back after it was submitted (wrong credentials or recipe?)");
            }
            submitted = true;
            var submission = Fill(login, account, action);
            response = login.Method == "POST"
                ? await browser.SendAsync(HttpMethod.Post, login.Action, submission, cancellationToken).ConfigureAwait(false)
                : await browser.SendAsync(HttpMethod.Get, new UriBuilder(login.Action) { Query = Encode(submission) }.Uri, null, cancellationToken).ConfigureAwait(false);
        }
        return Stop(trace, $"no answer to the hub after {MaxSteps} steps");
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private HtmlForm? FindLoginForm(IReadOnlyList<HtmlForm> forms) => recipe.FormId is { } id
        ? forms.FirstOrDefault(f => f.Id == id)
        : forms.FirstOrDefault(f => f.Has(recipe.PasswordField));

    private List<KeyValuePair<string, string>> Fill(HtmlForm form, TestAccount account, LoginAction action)
    {
        var fields = form.Fields.Where(f => f.Key != recipe.UsernameField && f.Key != recipe.PasswordField && f.Key != recipe.SubmitName).ToList();
        if (action == LoginAction.Login)
        {
            fields.Add(new(recipe.UsernameField, account.Username));
            fields.Add(new(recipe.PasswordField, account.Password));
        }
        if (recipe.SubmitName is { } submit)
        {
            fields.Add(new(submit, action == LoginAction.Login ? recipe.LoginValue : recipe.CancelValue));
        }
        return fields;
    }

    private static string Encode(IEnumerable<KeyValuePair<string, string>> fields)
        => string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));

    private static Dictionary<string, string> ToDictionary(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values.TryAdd(name, value);
        }
        return values;
    }

    private static LoginAttempt Back(List<string> trace, string method, Uri url, IReadOnlyDictionary<string, string> query, IReadOnlyDictionary<string, string> form)
    {
        trace.Add($"back to the hub: {method} {url.AbsolutePath}");
        return new LoginAttempt(new ProviderCallback(method, url, query, form), string.Join("; ", trace));
    }

    private static LoginAttempt Stop(List<string> trace, string why)
    {
        trace.Add("stopped: " + why);
        return LoginAttempt.Stopped(string.Join("; ", trace));
    }
}
