using Hub.Gateway.Flow;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;
using Sandbox.Providers;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;

namespace Hub.Faults.Tests.Infrastructure;

/// <summary>
/// The federation for a fault test: the three sandbox providers in the test process (mydoor behind a
/// <see cref="FaultProxy"/>), a signed trust list file pointed at them, and N hub instances as separate OS processes
/// sharing one issuer and one Redis, reached through the test's <see cref="LoadBalancer"/>.
/// </summary>
public sealed class ProcessFederation : IAsyncDisposable
{
    private readonly List<SandboxProviderHost> _providers = [];

    private ProcessFederation(Uri issuer, FaultProxy mydoorProxy)
    {
        Issuer = issuer;
        MydoorProxy = mydoorProxy;
    }

    public Uri Issuer { get; }

    public FaultProxy MydoorProxy { get; }

    public SignedTrustListFile TrustList { get; private set; } = null!;

    public List<HubProcess> Hubs { get; } = [];

    /// <summary>The end of every hub process's output, for failure messages.</summary>
    public string Logs => string.Join("\n", Hubs.Select(h => $"--- {h.Url}\n{(h.Output.Length > 6000 ? h.Output[^6000..] : h.Output)}"));

    public HttpClient BackChannel => field ??= LoadBalancer.BackChannel(Issuer, Hubs);

    public string KeyPrefix { get; } = $"faults{Guid.NewGuid():N}:";

    /// <summary>Starts the providers, the trust list and <paramref name="instances"/> hub processes.</summary>
    public static async Task<ProcessFederation> StartAsync(
        string redis, int instances = 1, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var issuer = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var federation = new ProcessFederation(issuer, await FaultProxy.StartAsync(new Uri($"http://127.0.0.1:{FreePort.Next()}/")));
        try
        {
            await federation.StartProvidersAsync();
            for (var i = 0; i < instances; i++)
            {
                await federation.StartHubAsync(redis, settings);
            }
            return federation;
        }
        catch
        {
            await federation.DisposeAsync();
            throw;
        }
    }

    public BrowserClient CreateBrowser() => BrowserClient.Through(new LoadBalancer(Issuer, Hubs));

    public RelyingPartyClient CreateRelyingParty() => new(Issuer, BackChannel);

    /// <summary>Starts one more hub instance (the first one listens on the issuer's own port).</summary>
    public async Task<HubProcess> StartHubAsync(string redis, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var url = Hubs.Count == 0 ? Issuer : new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var settings = HubTestSettings.Create(Issuer, TrustList.Path, TrustList.AnchorJwk);
        settings["Redis:Configuration"] = redis;
        settings["Stores:KeyPrefix"] = KeyPrefix;
        // Refusals with their stable codes, for failure messages (Logs).
        settings["Logging:LogLevel:Hub.Gateway.Flow"] = "Information";
        settings["Logging:Console:FormatterName"] = "simple";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var hub = await HubProcess.StartAsync(url, settings);
        Hubs.Add(hub);
        return hub;
    }

    /// <summary>The coordinator publishes a new list (atomically replacing the file); hubs see it at their next refresh.</summary>
    public void Publish(Func<TrustListDocument, TrustListDocument> change) => TrustList.Publish(change(TrustList.Document));

    private async Task StartProvidersAsync()
    {
        _providers.Add(await SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
        {
            Url = "http://127.0.0.1:0",
            SpEntityId = Issuer.AbsoluteUri + FlowPaths.SamlMetadata,
            AssertionConsumerServiceUrls = [Issuer.AbsoluteUri + FlowPaths.SamlAcs],
        }));
        var mydoorListens = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var mydoorOptions = OidcOptions();
        mydoorOptions.Url = mydoorListens.GetLeftPart(UriPartial.Authority);
        mydoorOptions.PublicBaseUrl = MydoorProxy.Url.GetLeftPart(UriPartial.Authority);
        var mydoor = await SandboxProviders.StartMydoorAsync(mydoorOptions);
        _providers.Add(mydoor);
        _providers.Add(await SandboxProviders.StartAizuAsync(OidcOptions()));
        MydoorProxy.ForwardTo(mydoorListens);
        var document = Hub.Gateway.Demo.TrustListRewriter.Rewrite(
            SignedTrustListFile.ReadCommitted(),
            _providers.ToDictionary(p => p.Name, p => (p.BaseUrl, p.Identifier)),
            new Dictionary<string, Uri>());
        TrustList = new SignedTrustListFile(document);
    }

    private OidcSandboxProviderOptions OidcOptions() => new()
    {
        Url = "http://127.0.0.1:0",
        RedirectUris = [Issuer.AbsoluteUri + FlowPaths.OidcCallback],
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in Hubs)
        {
            await hub.DisposeAsync();
        }
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
        await MydoorProxy.DisposeAsync();
        BackChannel.Dispose();
        TrustList?.Dispose();
    }
}
