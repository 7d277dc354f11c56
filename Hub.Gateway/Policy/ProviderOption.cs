using Hub.TrustList.Model;

namespace Hub.Gateway.Policy;

/// <summary>
/// One entry of the provider choice: a provider, or a brand (which the hub routes to its provider). Shown greyed,
/// with <see cref="Unavailable"/> saying why, when it cannot serve this login.
/// </summary>
public sealed record ProviderOption(
    string ProviderId,
    string? BrandId,
    LocalizedText DisplayName,
    string? LogoText,
    IReadOnlyList<Region> Regions,
    LevelOfAssurance MaxLoa,
    ProviderUnavailability? Unavailable)
{
    /// <summary>What the choice form posts back: the brand id for a brand, else the provider id.</summary>
    public string ChoiceValue => BrandId ?? ProviderId;

    public bool IsSelectable => Unavailable is null;
}

/// <summary>Why an accredited provider or brand is not offered for this login.</summary>
public enum ProviderUnavailability
{
    /// <summary>Its maximum level is below what the relying party needs.</summary>
    LevelTooLow,

    /// <summary>It (or, for a brand, its provider) is suspended in the current trust list.</summary>
    Suspended,
}
