namespace Hub.Gateway.OpenIdProvider.Options;

/// <summary>
/// Rotation of the hub's own keys (<c>Hub:OpenIdProvider:Keys</c>). Keys belong to generations of
/// <see cref="RotationPeriod"/>; the next generation is created and published one period ahead, used only once it
/// has been published for <see cref="PublishLead"/>, and kept for verification <see cref="RetirementGrace"/> after
/// it stops signing. See docs/decisions/0003-openid-provider.md.
/// </summary>
public sealed class HubKeySettings
{
    public TimeSpan RotationPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a key must have been in the JWKS before it signs (longer than any RP's JWKS cache).</summary>
    public TimeSpan PublishLead { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a retired key stays published; must exceed <see cref="PublishLead"/> plus token lifetimes.</summary>
    public TimeSpan RetirementGrace { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long an instance reuses the key set it read from the store.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
