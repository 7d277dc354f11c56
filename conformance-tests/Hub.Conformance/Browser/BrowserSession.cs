using System.Net;

namespace Hub.Conformance.Browser;

/// <summary>
/// One browser for one login: its own cookie jar over the shared (cookie-less) handler, and no automatic redirects,
/// so every hop can be inspected and the one that reaches the hub's callback stopped.
/// </summary>
internal sealed class BrowserSession(HttpClient http)
{
    private readonly CookieContainer _cookies = new();

    public async Task<BrowserResponse> SendAsync(
        HttpMethod method, Uri url, IReadOnlyList<KeyValuePair<string, string>>? form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        request.Headers.AcceptLanguage.ParseAdd("ja,en;q=0.8");
        if (_cookies.GetCookieHeader(url) is { Length: > 0 } cookies)
        {
            request.Headers.Add("Cookie", cookies);
        }
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                try
                {
                    _cookies.SetCookies(url, header);
                }
                catch (CookieException)
                {
                    // A malformed cookie is ignored, as browsers do.
                }
            }
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        Uri? location = response.Headers.Location is { } l && Uri.TryCreate(url, l, out var resolved) ? resolved : null;
        return new BrowserResponse(url, (int)response.StatusCode, location, body);
    }
}

/// <summary>What came back for one request.</summary>
internal sealed record BrowserResponse(Uri Url, int Status, Uri? Location, string Body)
{
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308 && Location is not null;
}
