namespace Sandbox.Providers.Oidc;

/// <summary>A sandbox OpenID provider (mydoor OSAKA ID or Aizuwakamatsu+ ID). Defaults match the demo trust list.</summary>
public sealed class OidcSandboxProviderOptions : SandboxProviderOptions
{
    /// <summary>The demo-only client secret of the hub (client_secret_basic). Never a real secret: it is public.</summary>
    public const string DemoClientSecret = "demo-hub-secret-for-sandbox-ops";

    /// <summary>The one registered client: the hub.</summary>
    public string ClientId { get; set; } = "regional-id-hub";

    /// <summary>The hub's registered redirect URIs, matched exactly (no prefix, no wildcard, no normalisation).</summary>
    public IList<string> RedirectUris { get; set; } = ["http://localhost:5080/oidc/callback"];

    /// <summary>Secret for client_secret_basic (demo only). Null: client_secret_basic is refused.</summary>
    public string? ClientSecret { get; set; } = DemoClientSecret;

    /// <summary>
    /// The hub's public JWK Set (JSON) for private_key_jwt client authentication. Null: private_key_jwt is refused.
    /// </summary>
    public string? ClientJwks { get; set; }

    /// <summary>The OP's private signing JWK (JSON). Null: the provider's key file from the keys folder.</summary>
    public string? SigningJwk { get; set; }

    /// <summary>How long an authorization code can be redeemed.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Entries each in-memory store may hold (pending requests, codes remembered 10 minutes after use, access tokens,
    /// client-assertion jtis); a full store refuses new ones. The load generator raises it: it redeems hundreds of
    /// codes a second.
    /// </summary>
    public int StoreCapacity { get; set; } = 10_000;

    /// <summary>Lifetime of ID tokens and access tokens.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the login page waits for the person.</summary>
    public TimeSpan LoginTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
