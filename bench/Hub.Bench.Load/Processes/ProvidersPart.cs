using Hub.Gateway.Demo;
using Hub.Gateway.Flow;
using Sandbox.Providers;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;

namespace Hub.Bench.Load.Processes;

/// <summary>
/// The child mode <c>providers &lt;issuer&gt; &lt;state-directory&gt; [hub SP certificate]</c>: the three sandbox
/// providers in this process on free loopback ports, told the hub's issuer (and, when given, the certificate of the
/// hub's SAML SP key instead of the demo one), and the demo trust list pointed at them and signed again with the demo
/// coordinator key (as the demo command does). Prints <c>READY &lt;trust list path&gt;</c> and runs
/// until its standard input closes (the harness ends or kills it).
/// </summary>
public static class ProvidersPart
{
    public const string Command = "providers";
    public const string ReadyPrefix = "READY ";

    public static async Task<int> RunAsync(string[] args)
    {
        var issuer = new Uri(args[0]);
        var stateDirectory = args[1];
        var spCertificate = args.Length > 2 ? await File.ReadAllTextAsync(args[2]) : null;
        var root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run from inside the repository.");
        var keys = DemoKeys.Folder(root);
        var oidc = new Func<OidcSandboxProviderOptions>(() => new OidcSandboxProviderOptions
        {
            Url = "http://127.0.0.1:0",
            KeysDirectory = keys,
            RedirectUris = [issuer.AbsoluteUri + FlowPaths.OidcCallback],
            // The sandbox's default (10,000) fills within a minute at bench rates: codes are remembered 10 minutes.
            StoreCapacity = 5_000_000,
        });
        var providers = new List<SandboxProviderHost>
        {
            await SandboxProviders.StartMebukuAsync(new MebukuProviderOptions
            {
                Url = "http://127.0.0.1:0",
                KeysDirectory = keys,
                SpEntityId = issuer.AbsoluteUri + FlowPaths.SamlMetadata,
                AssertionConsumerServiceUrls = [issuer.AbsoluteUri + FlowPaths.SamlAcs],
                SpCertificatePem = spCertificate,
            }),
            await SandboxProviders.StartMydoorAsync(oidc()),
            await SandboxProviders.StartAizuAsync(oidc()),
        };
        try
        {
            var trustList = DemoTrustList.Write(root, stateDirectory,
                providers.ToDictionary(p => p.Name, p => (p.BaseUrl, p.Identifier), StringComparer.Ordinal),
                new Dictionary<string, Uri>(StringComparer.Ordinal), TimeProvider.System);
            await Console.Out.WriteLineAsync(ReadyPrefix + trustList);
            await Console.Out.FlushAsync();
            await Console.In.ReadToEndAsync();
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
        }
        return 0;
    }
}
