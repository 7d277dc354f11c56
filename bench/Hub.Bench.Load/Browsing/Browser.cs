using System.Diagnostics;
using System.Net;

namespace Hub.Bench.Load.Browsing;

/// <summary>
/// One person's browser for one login: its own cookies, over a connection pool shared by every simulated browser
/// (so the generator does not open a connection per login). Redirects are followed by hand. Requests to the hub
/// (any instance) are timed apart: that is the hub-added latency. An optional router sends hub requests to another
/// instance (the test's "load balancer").
/// </summary>
public sealed class Browser(HttpClient http, HubRouter hub)
{
    private readonly CookieContainer _cookies = new();

    /// <summary>Wall time spent waiting for the hub's answers.</summary>
    public long HubTicks { get; private set; }

    public int HubRequests { get; private set; }

    /// <summary>The path of the last request sent (for error reports).</summary>
    public string LastPath { get; private set; } = string.Empty;

    public Task<Page> GetAsync(Uri url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<Page> PostAsync(Uri url, IEnumerable<KeyValuePair<string, string>> fields)
        => SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });

    /// <summary>Follows redirects until a page is shown or <paramref name="stop"/> says the next hop leaves the federation.</summary>
    public async Task<Page> FollowAsync(Page page, Func<Uri, bool> stop)
    {
        for (var hops = 0; page.IsRedirect && hops < 20; hops++)
        {
            if (stop(page.Location!))
            {
                return page;
            }
            page = await GetAsync(page.Location!);
        }
        return page;
    }

    /// <summary>A back-channel request (token endpoint), routed and timed as a hub request.</summary>
    public async Task<HttpResponseMessage> BackChannelAsync(HttpRequestMessage request)
    {
        var isHub = hub.IsHub(request.RequestUri!);
        LastPath = request.RequestUri!.AbsolutePath;
        if (isHub)
        {
            request.RequestUri = hub.Route(request.RequestUri!);
        }
        var started = Stopwatch.GetTimestamp();
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        Count(isHub, started);
        return response;
    }

    private async Task<Page> SendAsync(HttpRequestMessage request)
    {
        var url = request.RequestUri!;
        LastPath = url.AbsolutePath;
        var isHub = hub.IsHub(url);
        if (isHub)
        {
            request.RequestUri = hub.Route(url);
        }
        var cookie = _cookies.GetCookieHeader(url);
        if (cookie.Length > 0)
        {
            request.Headers.Add("Cookie", cookie);
        }
        var started = Stopwatch.GetTimestamp();
        using (request)
        using (var response = await http.SendAsync(request))
        {
            var body = await response.Content.ReadAsStringAsync();
            Count(isHub, started);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    _cookies.SetCookies(url, setCookie);
                }
            }
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l : new Uri(url, l)) : null;
            return new Page(url, response.StatusCode, body, location);
        }
    }

    private void Count(bool isHub, long started)
    {
        if (isHub)
        {
            HubTicks += Stopwatch.GetTimestamp() - started;
            HubRequests++;
        }
    }

    /// <summary>One pool for every browser: no cookies (each browser keeps its own), no automatic redirects.</summary>
    public static HttpClient CreateSharedClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        MaxConnectionsPerServer = 256,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    { Timeout = TimeSpan.FromSeconds(30) };
}
