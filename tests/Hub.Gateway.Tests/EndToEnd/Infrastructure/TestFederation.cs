using Hub.Gateway.Flow;
using Hub.Gateway.Hosting;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Providers;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// The federation for an end-to-end test, over real HTTP on loopback: the three sandbox providers (free ports), a
/// trust list made from the committed one and pointed at them (signed with a test coordinator key, pinned as the
/// hub's anchor), and one or more hub instances sharing one issuer (and, with Redis, one store).
/// </summary>
public sealed class TestFederation : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _parts = [];
    private int _next;

    private TestFederation(Uri issuer, SignedTrustListFile trustList)
    {
        Issuer = issuer;
        TrustList = trustList;
    }

    public Uri Issuer { get; }

    public SignedTrustListFile TrustList { get; }

    public List<WebApplication> Hubs { get; } = [];

    public List<Uri> InstanceUrls { get; } = [];

    /// <summary>The sandbox providers, by name (<c>mebuku</c>, <c>mydoor-osaka</c>, <c>aizu-plus</c>).</summary>
    public Dictionary<string, SandboxProviderHost> Providers { get; } = [];

    public IServiceProvider Services => Hubs[0].Services;

    public static async Task<TestFederation> StartAsync(
        string? redis = null,
        int instances = 1,
        Func<TrustListDocument, TrustListDocument>? adjust = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        bool warmUp = true,
        Action<IServiceCollection>? services = null,
        string? mebukuSpCertificatePem = null)
    {
        var issuer = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var providers = new List<SandboxProviderHost>();
        SignedTrustListFile? trustList = null;
        try
        {
            providers.Add(await SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
            {
                Url = "http://127.0.0.1:0",
                SpEntityId = issuer.AbsoluteUri + FlowPaths.SamlMetadata,
                AssertionConsumerServiceUrls = [issuer.AbsoluteUri + FlowPaths.SamlAcs],
                SpCertificatePem = mebukuSpCertificatePem,
            }));
            providers.Add(await SandboxProviders.StartMydoorAsync(OidcOptions(issuer)));
            providers.Add(await SandboxProviders.StartAizuAsync(OidcOptions(issuer)));
            var document = Hub.Gateway.Demo.TrustListRewriter.Rewrite(
                SignedTrustListFile.ReadCommitted(),
                providers.ToDictionary(p => p.Name, p => (p.BaseUrl, p.Identifier)),
                new Dictionary<string, Uri>());
            trustList = new SignedTrustListFile(adjust is null ? document : adjust(document));
        }
        catch
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
            trustList?.Dispose();
            throw;
        }
        var federation = new TestFederation(issuer, trustList);
        federation._parts.AddRange(providers);
        foreach (var provider in providers)
        {
            federation.Providers[provider.Name] = provider;
        }
        try
        {
            var prefix = $"e2e{Guid.NewGuid():N}:";
            var urls = Enumerable.Range(0, instances).Select(i => i == 0 ? issuer : new Uri($"http://127.0.0.1:{FreePort.Next()}/")).ToList();
            if (warmUp)
            {
                foreach (var url in urls)
                {
                    await federation.StartHubAsync(url, redis, prefix, settings, time, warmUp, services);
                }
            }
            else
            {
                // Cold, as a fresh deployment: every instance starts at once.
                await Task.WhenAll(urls.Select(url => federation.StartHubAsync(url, redis, prefix, settings, time, warmUp, services)));
            }
            return federation;
        }
        catch
        {
            await federation.DisposeAsync();
            throw;
        }
    }

    /// <summary>A browser; with <paramref name="alternate"/>, each request to the hub goes to the next instance.</summary>
    public BrowserClient CreateBrowser(bool alternate = false)
        => new(alternate ? Alternate : null);

    public RelyingPartyClient CreateRelyingParty(bool alternate = false)
        => new(Issuer, alternate ? AlternatingBackChannel : BackChannel);

    public HttpClient BackChannel => field ??= new HttpClient();

    /// <summary>The RP's back channel (token, jwks) through the same alternating "load balancer" as the browser.</summary>
    public HttpClient AlternatingBackChannel => field ??= new HttpClient(new BrowserClient.RoutingHandler(Alternate) { InnerHandler = new HttpClientHandler() });

    /// <summary>How many requests the alternating router sent to each instance.</summary>
    public int[] RequestsPerInstance => [.. InstanceUrls.Select((_, i) => Volatile.Read(ref _counts[i]))];

    private readonly int[] _counts = new int[8];

    /// <summary>The coordinator publishes a new list; every instance reads it now (as at its next refresh).</summary>
    public async Task PublishAsync(Func<TrustListDocument, TrustListDocument> change)
    {
        TrustList.Publish(change(TrustList.Document));
        foreach (var hub in Hubs)
        {
            var result = await hub.Services.GetRequiredService<TrustListLoader>().RefreshAsync();
            Assert.True(result.IsSuccess, result.Error?.ToString());
        }
    }

    private Uri Alternate(Uri url)
    {
        if (url.Authority != Issuer.Authority)
        {
            return url;
        }
        var index = Interlocked.Increment(ref _next) % InstanceUrls.Count;
        Interlocked.Increment(ref _counts[index]);
        var instance = InstanceUrls[index];
        return Hub.Gateway.Demo.TrustListRewriter.Rebase(url, instance);
    }

    private async Task StartHubAsync(
        Uri url, string? redis, string prefix, IDictionary<string, string?>? extra, TimeProvider? time, bool warmUp, Action<IServiceCollection>? services)
    {
        var settings = HubTestSettings.Create(Issuer, TrustList.Path, TrustList.AnchorJwk);
        settings["urls"] = url.GetLeftPart(UriPartial.Authority);
        if (redis is not null)
        {
            settings["Redis:Configuration"] = redis;
            settings["Stores:KeyPrefix"] = prefix;
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var builder = HubApplication.CreateBuilder([], settings, "Development");
        if (redis is null)
        {
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        }
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }
        services?.Invoke(builder.Services);
        var app = HubApplication.Build(builder);
        await app.StartAsync();
        lock (Hubs)
        {
            Hubs.Add(app);
            InstanceUrls.Add(url);
        }
        // Create the data-protection key now, so instances started next read it rather than racing to make their own
        // (without warm-up, as after a fresh deployment, the instances meet their first requests cold: RedisFreshStartTests).
        if (!warmUp)
        {
            return;
        }
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("warm-up").Protect("warm-up");
    }

    private static OidcSandboxProviderOptions OidcOptions(Uri issuer) => new()
    {
        Url = "http://127.0.0.1:0",
        RedirectUris = [issuer.AbsoluteUri + FlowPaths.OidcCallback],
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in Hubs)
        {
            await hub.StopAsync();
            await hub.DisposeAsync();
        }
        foreach (var part in _parts)
        {
            await part.DisposeAsync();
        }
        BackChannel.Dispose();
        AlternatingBackChannel.Dispose();
        TrustList.Dispose();
    }
}
