using Hub.Gateway.Hosting;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests.Operations;

/// <summary>
/// One hub on a loopback port with a trust list of its own (so a test may publish new releases), without the
/// sandbox providers: for the operator's endpoints (/readyz, /metrics, /trustlist).
/// </summary>
public sealed class OperationsHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OperationsHost(WebApplication app, SignedTrustListFile trustList, Uri url)
    {
        _app = app;
        TrustList = trustList;
        // No cookies: each request stands alone (a language chosen by one test must not carry over to the next).
        Client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = url };
    }

    public SignedTrustListFile TrustList { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<OperationsHost> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var trustList = new SignedTrustListFile(SignedTrustListFile.ReadCommitted());
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var all = HubTestSettings.Create(url, trustList.Path, trustList.AnchorJwk);
        all["urls"] = url.GetLeftPart(UriPartial.Authority);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var builder = HubApplication.CreateBuilder([], all, "Development");
        if (!all.ContainsKey("Redis:Configuration"))
        {
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        }
        services?.Invoke(builder.Services);
        var app = HubApplication.Build(builder);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            trustList.Dispose();
            throw;
        }
        return new OperationsHost(app, trustList, url);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        TrustList.Dispose();
    }
}
