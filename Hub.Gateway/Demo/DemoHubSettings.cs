namespace Hub.Gateway.Demo;

/// <summary>
/// The hub's settings in demo mode: an http issuer, the built-in demo pairwise secret, the demo trust list with the
/// demo coordinator as anchor, the sandbox SAML SP key, and the hub's demo client secret at the sandbox OpenID
/// providers. Settings given by the person (environment, command line) for other keys still apply, e.g.
/// <c>Redis:Configuration</c> to run the demo on the Redis store.
/// </summary>
public static class DemoHubSettings
{
    public static Dictionary<string, string?> Create(string repositoryRoot, Uri issuer, string trustListPath, IEnumerable<string> oidcProviderIds)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var settings = new Dictionary<string, string?>
        {
            ["Hub:Demo"] = "true",
            ["Hub:Issuer"] = issuer.AbsoluteUri,
            ["TrustList:Source"] = trustListPath,
            ["TrustList:AnchorFiles:0"] = DemoKeys.Path(repositoryRoot, DemoKeys.CoordinatorPublic),
            ["Hub:Saml2:SigningCertificatePath"] = DemoKeys.Path(repositoryRoot, DemoKeys.HubSamlCertificate),
            ["Hub:Saml2:SigningKeyPath"] = DemoKeys.Path(repositoryRoot, DemoKeys.HubSamlKey),
            ["HubAdapters:Oidc:ClientSigningKey"] = DemoClientKey.Create(),
        };
        foreach (var providerId in oidcProviderIds)
        {
            settings[$"HubAdapters:Oidc:Clients:{providerId}:Method"] = "ClientSecretBasic";
            settings[$"HubAdapters:Oidc:Clients:{providerId}:ClientSecret"] = DemoKeys.SandboxClientSecret;
        }
        return settings;
    }
}
