namespace Hub.Gateway.OpenIdProvider.Options;

/// <summary>Protocol settings under <c>Hub:OpenIdProvider</c>. The defaults are the production values.</summary>
public sealed class OpenIdProviderSettings
{
    /// <summary>Authorization codes are single-use and short-lived.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan IdentityTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A client assertion may not be valid for longer than this (exp minus now).</summary>
    public TimeSpan ClientAssertionMaxLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Clock skew tolerated on client assertions.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public HubKeySettings Keys { get; set; } = new();

    /// <summary>
    /// The RP's preferred ID token algorithm by client_id (<c>RS256</c> or <c>ES256</c>). The trust list does not
    /// carry <c>id_token_signed_response_alg</c>; without an entry here, ID tokens are signed with RS256.
    /// </summary>
    public Dictionary<string, string> IdTokenSigningAlgorithms { get; set; } = new(StringComparer.Ordinal);

    public SandboxAutoLoginSettings AutoLogin { get; set; } = new();
}
