using System.Globalization;
using Hub.Bench.Load.Flow;
using Hub.Gateway.Demo;

namespace Hub.Bench.Load.Processes;

/// <summary>
/// The processes of a run: the sandbox providers (one process, this program in its child mode), and per
/// configuration a redis-server (Redis store) and one or more hub processes (<c>dotnet Hub.Gateway.dll</c> with
/// the demo settings on the command line), each on its own loopback port, sharing one issuer.
/// </summary>
public sealed class BenchFederation : IDisposable
{
    private readonly List<ChildProcess> _hubs = [];

    private BenchFederation(string root, Uri issuer, ChildProcess providers, string trustListPath, EphemeralSpKey? samlSpKey)
    {
        Root = root;
        Issuer = issuer;
        Providers = providers;
        TrustListPath = trustListPath;
        SamlSpKey = samlSpKey;
    }

    public string Root { get; }

    public Uri Issuer { get; }

    public ChildProcess Providers { get; }

    public string TrustListPath { get; }

    public IReadOnlyList<ChildProcess> Hubs => _hubs;

    /// <summary>The hubs' SAML SP key when it is not the demo's RSA one (<c>--saml-sp-key ecdsa</c>).</summary>
    public EphemeralSpKey? SamlSpKey { get; }

    public List<Uri> InstanceUrls { get; } = [];

    public RedisServer? Redis { get; private set; }

    public string RelyingPartyKeyPath => DemoKeys.Path(Root, "demo-rp-osaka-kosodate.private.jwk");

    /// <summary>The providers' process; with <paramref name="ecdsaSpKey"/>, the hubs' SAML SP key is a fresh P-256 one.</summary>
    public static async Task<BenchFederation> StartProvidersAsync(string root, bool ecdsaSpKey = false)
    {
        var issuer = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var state = Directory.CreateTempSubdirectory("hub-bench-load-").FullName;
        var spKey = ecdsaSpKey ? EphemeralSpKey.Create(state) : null;
        string[] arguments = spKey is null
            ? [ProvidersPart.Command, issuer.AbsoluteUri, state]
            : [ProvidersPart.Command, issuer.AbsoluteUri, state, spKey.CertificatePath];
        var (providers, trustList) = await ChildProcess.StartSelfAsync("providers", arguments, ProvidersPart.ReadyPrefix, root);
        return new BenchFederation(root, issuer, providers, trustList, spKey);
    }

    /// <summary>
    /// Starts <paramref name="instances"/> hub processes, on a fresh redis-server when <paramref name="redis"/>, with
    /// <paramref name="idTokenAlgorithm"/> registered as the bench RP's ID-token algorithm and <paramref name="environment"/>
    /// added to their environment.
    /// </summary>
    public async Task StartHubsAsync(
        string hubDll, int instances, bool redis, Func<Task>? afterFirst = null, string idTokenAlgorithm = "RS256",
        IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<int>? cpus = null)
    {
        if (redis)
        {
            Redis = await RedisServer.StartAsync();
        }
        var settings = DemoHubSettings.Create(Root, Issuer, TrustListPath, ["mydoor-osaka", "aizu-plus"]);
        settings["Logging:LogLevel:Default"] = "Warning";
        settings[$"Hub:OpenIdProvider:IdTokenSigningAlgorithms:{StrictRelyingParty.ClientId}"] = idTokenAlgorithm;
        if (SamlSpKey is not null)
        {
            settings["Hub:Saml2:SigningCertificatePath"] = SamlSpKey.CertificatePath;
            settings["Hub:Saml2:SigningKeyPath"] = SamlSpKey.KeyPath;
        }
        if (Redis is not null)
        {
            settings["Redis:Configuration"] = Redis.Configuration;
            settings["Stores:KeyPrefix"] = "bench:";
        }
        for (var i = 0; i < instances; i++)
        {
            var url = i == 0 ? Issuer : new Uri($"http://127.0.0.1:{FreePort.Next()}/");
            settings["urls"] = url.GetLeftPart(UriPartial.Authority);
            var arguments = new List<string> { hubDll };
            arguments.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
            var (fileName, command) = CpuPinning.Wrap("dotnet", arguments, cpus);
            var hub = ChildProcess.Start($"hub{i + 1}", fileName, command, Path.GetDirectoryName(hubDll), environment);
            _hubs.Add(hub);
            InstanceUrls.Add(url);
            await WaitHealthyAsync(hub, url);
            if (i == 0 && afterFirst is not null)
            {
                // One login through the first instance creates the shared data-protection key before others start.
                await afterFirst();
            }
        }
    }

    public void StopHubs()
    {
        foreach (var hub in _hubs)
        {
            hub.Dispose();
        }
        _hubs.Clear();
        InstanceUrls.Clear();
        Redis?.Dispose();
        Redis = null;
    }

    public long HubCpuTicks() => _hubs.Sum(h => h.CpuTicks());

    /// <summary>The CPU ticks of the hubs' tiered-compilation threads (the JIT re-compiling hot methods), by hub and thread.</summary>
    public IReadOnlyList<Dictionary<int, long>> HubJitTicks() => [.. _hubs.Select(h => ProcStat.ThreadCpuTicks(h.Pid, ".NET Tiered Com"))];

    /// <summary>The ticks the hubs' tiered-compilation threads used since <paramref name="before"/>.</summary>
    public long HubJitTicksSince(IReadOnlyList<Dictionary<int, long>> before)
        => HubJitTicks().Select((after, hub) => ProcStat.TicksSince(hub < before.Count ? before[hub] : [], after)).Sum();

    public static string DefaultHubDll(string root)
    {
        // Built by the project reference, in the same configuration as this program (bin/<configuration>/net10.0/).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;
        return Path.Combine(root, "Hub.Gateway", "bin", configuration, "net10.0", "Hub.Gateway.dll");
    }

    private static async Task WaitHealthyAsync(ChildProcess hub, Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (hub.HasExited)
            {
                break;
            }
            try
            {
                using var response = await http.GetAsync(new Uri(url, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"{hub.Name} did not become healthy at {url}:\n{hub.Tail}");
    }

    public void Dispose()
    {
        StopHubs();
        Providers.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(TrustListPath)!, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    public static string Ticks(long ticks) => (ticks / ProcStat.TicksPerSecond).ToString("0.00", CultureInfo.InvariantCulture);
}
