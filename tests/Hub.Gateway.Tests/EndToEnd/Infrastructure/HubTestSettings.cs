using Hub.Gateway.Demo;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// Production-shaped hub settings for the tests (no demo mode): an issuer, a pairwise secret, a trust list file with
/// its pinned anchor, the sandbox SAML SP key, an OIDC client key and the sandbox OPs' demo client secret.
/// </summary>
public static class HubTestSettings
{
    public const string PairwiseSecret = "e2e-test-pairwise-secret-0123456789abcdef";

    public static Dictionary<string, string?> Create(Uri issuer, string trustListPath, string anchorJwk)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Hub:Issuer"] = issuer.AbsoluteUri,
            ["Hub:PairwiseSecret"] = PairwiseSecret,
            ["TrustList:Source"] = trustListPath,
            ["TrustList:AnchorJwks:0"] = anchorJwk,
            ["Hub:Saml2:SigningCertificatePath"] = TestPaths.Key(DemoKeys.HubSamlCertificate),
            ["Hub:Saml2:SigningKeyPath"] = TestPaths.Key(DemoKeys.HubSamlKey),
            ["HubAdapters:Oidc:ClientSigningKey"] = ClientKey.Value,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var provider in new[] { "mydoor-osaka", "aizu-plus" })
        {
            settings[$"HubAdapters:Oidc:Clients:{provider}:Method"] = "ClientSecretBasic";
            settings[$"HubAdapters:Oidc:Clients:{provider}:ClientSecret"] = DemoKeys.SandboxClientSecret;
        }
        return settings;
    }

    /// <summary>
    /// Valid settings for a hub host in a test that does not need the sandbox (the committed trust list, signed
    /// once per test run with a test coordinator key): WebApplicationFactory hosts of the gateway's Program.
    /// </summary>
    public static Dictionary<string, string?> ForHost(Uri issuer)
        => Create(issuer, Baseline.Value.Path, Baseline.Value.AnchorJwk);

    private static readonly Lazy<SignedTrustListFile> Baseline = new(() =>
    {
        var file = new SignedTrustListFile(SignedTrustListFile.ReadCommitted());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => file.Dispose();
        return file;
    });

    private static readonly Lazy<string> ClientKey = new(DemoClientKey.Create);
}
