namespace Hub.Gateway.OpenIdProvider.Options;

/// <summary>
/// Settings of the OpenID provider toward relying parties, bound from the <c>Hub</c> configuration section
/// (<c>Hub:Issuer</c>, <c>Hub:PairwiseSecret</c>, <c>Hub:Demo</c>, <c>Hub:OpenIdProvider:*</c>).
/// Validated at start by <see cref="HubOpenIdProviderOptionsValidator"/>.
/// </summary>
public sealed class HubOpenIdProviderOptions
{
    public const string SectionName = "Hub";

    /// <summary>The issuer identifier announced in discovery and put in every token. HTTPS outside demo/development.</summary>
    public Uri Issuer { get; set; } = new("http://localhost:5080/");

    /// <summary>
    /// The hub secret that derives pairwise subjects (at least 32 characters). Required unless <see cref="Demo"/>;
    /// it must be the same on every instance and must never change, or every RP sees new subjects.
    /// </summary>
    public string? PairwiseSecret { get; set; }

    /// <summary>Demo mode: allows an http issuer and a built-in (public, insecure) pairwise secret.</summary>
    public bool Demo { get; set; }

    public OpenIdProviderSettings OpenIdProvider { get; set; } = new();
}
