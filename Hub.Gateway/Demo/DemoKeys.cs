namespace Hub.Gateway.Demo;

/// <summary>The committed, public, demo-only keys the demo uses (sandbox/keys, see its README).</summary>
public static class DemoKeys
{
    public const string CoordinatorPrivate = "coordinator.private.jwk";
    public const string CoordinatorPublic = "coordinator.public.jwk";
    public const string HubSamlCertificate = "hub-saml-sp.crt.pem";
    public const string HubSamlKey = "hub-saml-sp.key.pem";

    /// <summary>The hub's demo client secret at the sandbox OpenID providers (public: demo only).</summary>
    public const string SandboxClientSecret = Sandbox.Providers.Oidc.OidcSandboxProviderOptions.DemoClientSecret;

    public static string Folder(string repositoryRoot) => System.IO.Path.Combine(repositoryRoot, "sandbox", "keys");

    public static string Path(string repositoryRoot, string fileName) => System.IO.Path.Combine(Folder(repositoryRoot), fileName);
}
