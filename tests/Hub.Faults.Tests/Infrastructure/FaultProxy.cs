using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Faults.Tests.Infrastructure;

/// <summary>
/// A reverse proxy on loopback in front of one sandbox provider, which names itself by the proxy's URL
/// (<c>PublicBaseUrl</c>), so the trust list points the hub at the proxy. The browser's pages (<c>/authorize</c>,
/// <c>/login</c>) always pass; the hub's back-channel calls (discovery, jwks, token, userinfo) suffer the
/// <see cref="Fault"/> set by the test.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private static readonly string[] BrowserPaths = ["/authorize", "/login"];
    private readonly WebApplication _app;
    private readonly HttpClient _forward = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
    private Uri? _target;

    private FaultProxy(Uri url)
    {
        Url = url;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    public Uri Url { get; }

    public ProviderFault Fault { get; set; }

    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many back-channel requests reached the proxy (faulted or not).</summary>
    public int BackChannelRequests => Volatile.Read(ref _backChannelRequests);

    private int _backChannelRequests;

    public static async Task<FaultProxy> StartAsync(Uri url)
    {
        var proxy = new FaultProxy(url);
        await proxy._app.StartAsync();
        return proxy;
    }

    /// <summary>Where requests go (the provider's real listening address).</summary>
    public void ForwardTo(Uri target) => _target = target;

    private async Task HandleAsync(HttpContext context)
    {
        if (!BrowserPaths.Contains(context.Request.Path.Value, StringComparer.Ordinal))
        {
            Interlocked.Increment(ref _backChannelRequests);
            switch (Fault)
            {
                case ProviderFault.Slow:
                    await Task.Delay(Delay, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    break;
                case ProviderFault.Failing:
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return;
                case ProviderFault.Down:
                    context.Abort();
                    return;
            }
            if (context.RequestAborted.IsCancellationRequested)
            {
                return;
            }
        }
        await ForwardAsync(context);
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var target = _target ?? throw new InvalidOperationException("The proxy has no target.");
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, context.Request.Path + context.Request.QueryString));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            request.Content = new ByteArrayContent(body.ToArray());
        }
        foreach (var (name, values) in context.Request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }
        using var response = await _forward.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }
        await response.Content.CopyToAsync(context.Response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _forward.Dispose();
    }
}
