using Sandbox.Providers.Hosting;
using Sandbox.Providers.Mebuku;
using Sandbox.Providers.Oidc;

namespace Sandbox.Providers;

/// <summary>
/// Starts the simulated regional ID providers in-process, each on its own Kestrel server. Demo only: the keys
/// are the committed demo keys and the test residents' passwords are public (docs/sandbox.md).
/// </summary>
public static class SandboxProviders
{
    /// <summary>Mebuku ID, a SAML 2.0 IdP (default http://localhost:5081).</summary>
    public static Task<SandboxProviderHost> StartMebukuAsync(
        MebukuProviderOptions? options = null, CancellationToken cancellationToken = default) =>
        MebukuIdp.StartAsync(options ?? new MebukuProviderOptions(), cancellationToken);

    /// <summary>mydoor OSAKA ID (and its SakaI-D brand), an OpenID provider signing RS256 (default http://localhost:5082).</summary>
    public static Task<SandboxProviderHost> StartMydoorAsync(
        OidcSandboxProviderOptions? options = null, CancellationToken cancellationToken = default) =>
        OidcProvider.StartAsync(Mydoor.MydoorProfile.Profile, options ?? new OidcSandboxProviderOptions(), cancellationToken);

    /// <summary>Aizuwakamatsu+ ID, an OpenID provider signing ES256 (default http://localhost:5083).</summary>
    public static Task<SandboxProviderHost> StartAizuAsync(
        OidcSandboxProviderOptions? options = null, CancellationToken cancellationToken = default) =>
        OidcProvider.StartAsync(Aizu.AizuProfile.Profile, options ?? new OidcSandboxProviderOptions(), cancellationToken);
}
