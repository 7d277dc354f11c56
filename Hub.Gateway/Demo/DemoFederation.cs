using Hub.Gateway.Hosting;
using Sandbox.Providers;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;

namespace Hub.Gateway.Demo;

/// <summary>
/// The whole federation on one machine: the three sandbox providers, the hub (in demo mode, on a freshly signed
/// copy of the demo trust list) and, when it is part of the build, the demo relying party. Dispose to stop it all.
/// </summary>
public sealed class DemoFederation : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _parts = [];

    private DemoFederation(Uri hubUrl) => HubUrl = hubUrl;

    public Uri HubUrl { get; }

    public WebApplication Hub { get; private set; } = null!;

    public IReadOnlyList<SandboxProviderHost> Providers { get; private set; } = [];

    /// <summary>The demo RP's start page, if the demo RP runs.</summary>
    public Uri? RelyingPartyUrl { get; private set; }

    public string TrustListPath { get; private set; } = string.Empty;

    /// <param name="hubSettings">Further hub settings (the person's configuration); demo settings win over them.</param>
    public static async Task<DemoFederation> StartAsync(
        DemoOptions options, IEnumerable<KeyValuePair<string, string?>>? hubSettings = null, string[]? hubArgs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = options.RepositoryRoot ?? RepositoryRoot.Find()
            ?? throw new InvalidOperationException($"The repository was not found: run the demo from inside it (the folder with {RepositoryRoot.MarkerFile}) or set Demo:RepositoryRoot.");
        var hubUrl = new Uri(options.HubUrl.TrimEnd('/') + "/");
        if (hubUrl.Port == 0)
        {
            throw new InvalidOperationException("Demo:HubUrl needs a fixed port: it is the hub's issuer, which the providers must know in advance.");
        }
        var federation = new DemoFederation(hubUrl);
        try
        {
            await federation.StartPartsAsync(options, root, hubSettings, hubArgs ?? [], cancellationToken);
            return federation;
        }
        catch
        {
            await federation.DisposeAsync();
            throw;
        }
    }

    private async Task StartPartsAsync(
        DemoOptions options, string root, IEnumerable<KeyValuePair<string, string?>>? hubSettings, string[] hubArgs, CancellationToken cancellationToken)
    {
        var keys = DemoKeys.Folder(root);
        var mebuku = Track(await SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
        {
            Url = options.MebukuUrl,
            KeysDirectory = keys,
            SpEntityId = HubUrl.AbsoluteUri + Flow.FlowPaths.SamlMetadata,
            AssertionConsumerServiceUrls = [HubUrl.AbsoluteUri + Flow.FlowPaths.SamlAcs],
        }, cancellationToken));
        var mydoor = Track(await SandboxProviders.StartMydoorAsync(OidcOptions(options.MydoorUrl, keys), cancellationToken));
        var aizu = Track(await SandboxProviders.StartAizuAsync(OidcOptions(options.AizuUrl, keys), cancellationToken));
        Providers = [mebuku, mydoor, aizu];

        var relyingParty = await DemoRelyingPartyPart.StartAsync(options, HubUrl, root, cancellationToken);
        if (relyingParty is not null)
        {
            Track(relyingParty.Value.Host);
            RelyingPartyUrl = relyingParty.Value.BaseUrl;
        }
        var relyingParties = new Dictionary<string, Uri>(StringComparer.Ordinal);
        if (RelyingPartyUrl is not null)
        {
            relyingParties[DemoRelyingPartyPart.ClientId] = RelyingPartyUrl;
        }
        var stateDirectory = options.StateDirectory ?? Path.Combine(Path.GetTempPath(), "regional-id-hub-demo");
        TrustListPath = DemoTrustList.Write(root, stateDirectory,
            Providers.ToDictionary(p => p.Name, p => (p.BaseUrl, p.Identifier), StringComparer.Ordinal), relyingParties, TimeProvider.System);

        var settings = (hubSettings ?? []).ToList();
        settings.AddRange(DemoHubSettings.Create(root, HubUrl, TrustListPath, [mydoor.Name, aizu.Name]));
        settings.Add(new("urls", options.HubUrl));
        var builder = HubApplication.CreateBuilder(hubArgs, settings);
        Hub = HubApplication.Build(builder);
        await Hub.StartAsync(cancellationToken);
    }

    private OidcSandboxProviderOptions OidcOptions(string url, string keys) => new()
    {
        Url = url,
        KeysDirectory = keys,
        RedirectUris = [HubUrl.AbsoluteUri + Flow.FlowPaths.OidcCallback],
    };

    private T Track<T>(T part) where T : IAsyncDisposable
    {
        _parts.Add(part);
        return part;
    }

    public async ValueTask DisposeAsync()
    {
        if (Hub is not null)
        {
            await Hub.StopAsync();
            await Hub.DisposeAsync();
        }
        for (var i = _parts.Count - 1; i >= 0; i--)
        {
            await _parts[i].DisposeAsync();
        }
        _parts.Clear();
    }
}
