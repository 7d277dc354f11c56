using System.Net;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// A client that behaves like a browser: cookies per host, redirects followed by hand (so the test sees each hop),
/// forms submitted as a browser would. An optional router sends each request to another server than its URL names
/// (a load balancer in front of several hub instances).
/// </summary>
public sealed class BrowserClient : IDisposable
{
    private readonly HttpClient _http;

    public BrowserClient(Func<Uri, Uri>? route = null)
        : this(route is null ? null : new RoutingHandler(route))
    {
    }

    private BrowserClient(DelegatingHandler? loadBalancer)
    {
        var inner = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = Cookies };
        if (loadBalancer is not null)
        {
            loadBalancer.InnerHandler = inner;
        }
        _http = new HttpClient(loadBalancer ?? (HttpMessageHandler)inner);
        // As a browser navigating: relying parties such as mod_auth_openidc answer 401 instead of redirecting to
        // the login when a request does not accept HTML.
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>A browser whose requests pass through <paramref name="loadBalancer"/> (e.g. one that also retries elsewhere).</summary>
    public static BrowserClient Through(DelegatingHandler loadBalancer) => new(loadBalancer);

    public Task<BrowserPage> GetAsync(Uri url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<BrowserPage> PostAsync(Uri url, IEnumerable<KeyValuePair<string, string>> fields)
        => SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Submits form <paramref name="formId"/> of the page, with the clicked button's name and value.</summary>
    public Task<BrowserPage> SubmitAsync(
        BrowserPage page, string formId, (string Name, string Value)? button = null, IDictionary<string, string>? values = null, ISet<string>? uncheck = null)
    {
        var form = page.Form(formId) ?? throw new InvalidOperationException($"No form #{formId} on the page:\n{page}");
        var fields = form.Fields(values, uncheck);
        if (button is { } clicked)
        {
            fields.Add(new(clicked.Name, clicked.Value));
        }
        var action = string.IsNullOrEmpty(form.Action) ? page.Url : new Uri(page.Url, form.Action);
        return PostAsync(action, fields);
    }

    /// <summary>Follows redirects until a page is shown or <paramref name="stop"/> says the next hop leaves the federation.</summary>
    public async Task<BrowserPage> FollowAsync(BrowserPage page, Func<Uri, bool>? stop = null)
    {
        for (var hops = 0; page.IsRedirect && hops < 20; hops++)
        {
            if (stop?.Invoke(page.Location!) == true)
            {
                return page;
            }
            page = await GetAsync(page.Location!);
        }
        return page;
    }

    private async Task<BrowserPage> SendAsync(HttpRequestMessage request)
    {
        // The public URL, as the address bar shows it, before any routing to an instance.
        var url = request.RequestUri!;
        using (request)
        using (var response = await _http.SendAsync(request))
        {
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(url, l)) : null;
            return new BrowserPage(url, response.StatusCode, await response.Content.ReadAsStringAsync(), location);
        }
    }

    public void Dispose() => _http.Dispose();

    public sealed class RoutingHandler(Func<Uri, Uri> route) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = route(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
