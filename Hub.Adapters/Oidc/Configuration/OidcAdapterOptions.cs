namespace Hub.Adapters.Oidc.Configuration;

/// <summary>
/// Settings of the OpenID Connect adapter (configuration section <c>Oidc</c> under the adapters section).
/// Everything about a provider that must be trusted (issuer, keys, algorithms, endpoints, client_id) comes from
/// the trust list; these options only hold the hub's own credentials and local policy.
/// </summary>
public sealed class OidcAdapterOptions
{
    public const string SectionName = "Oidc";

    /// <summary>
    /// The hub's private key for <c>private_key_jwt</c> client authentication, as a private JWK (JSON) with a
    /// <c>kid</c>. Used for every provider that has no <see cref="OidcClientOptions.PrivateJwk"/> or secret of its own.
    /// </summary>
    public string? ClientSigningKey { get; set; }

    /// <summary>Per-provider client settings, keyed by the trust-list provider id (e.g. <c>mydoor-osaka</c>).</summary>
    public Dictionary<string, OidcClientOptions> Clients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Scopes sent to every provider besides <c>openid</c> (a provider entry may add its own).</summary>
    public List<string> DefaultScopes { get; set; } = [];

    /// <summary>Tolerance for exp and iat against the hub's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>An ID token whose iat is older than this (plus skew) is rejected as stale.</summary>
    public TimeSpan MaxIdTokenAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a begun flow may wait for the provider's answer; also the state replay-cache lifetime.</summary>
    public TimeSpan FlowLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// RFC 9207: the authorization response must carry <c>iss</c>. Every provider of this federation is required
    /// to send it (mix-up defence); turn off only for a sandbox provider that cannot.
    /// </summary>
    public bool RequireIssParameter { get; set; } = true;

    /// <summary>Fetch the discovery document of providers whose trust-list entry names one (endpoints only, never keys).</summary>
    public bool UseDiscovery { get; set; } = true;

    /// <summary>How long a fetched discovery document is used before it is fetched again.</summary>
    public TimeSpan DiscoveryCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Require https for provider endpoints (loopback http is always allowed for tests and the sandbox).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>Timeouts, retries and circuit breaker of the outbound calls.</summary>
    public OidcHttpOptions Http { get; set; } = new();
}
