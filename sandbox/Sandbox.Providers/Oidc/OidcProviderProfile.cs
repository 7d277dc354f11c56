using Hub.TrustList.Model;
using Sandbox.Providers.Common;
using Sandbox.Providers.Html;

namespace Sandbox.Providers.Oidc;

/// <summary>What makes one sandbox OP differ from the other: names, key, algorithm, acr values, brands and residents.</summary>
internal sealed record OidcProviderProfile(
    string Name,
    string DefaultUrl,
    string KeyFileName,
    string SigningAlgorithm,
    BrandLook Look,
    IReadOnlyDictionary<string, BrandLook> Brands,
    IReadOnlyDictionary<string, LevelOfAssurance> AcrLevels,
    IReadOnlyList<OidcResident> Residents,
    IReadOnlyList<string> ClaimsSupported,
    string? BrandClaim = null)
{
    /// <summary>The look for the requested brand; an unknown brand is ignored.</summary>
    public BrandLook LookFor(string? brand) => brand is not null && Brands.TryGetValue(brand, out var look) ? look : Look;

    /// <summary>The level an acr value stands for: the provider's own values, or the hub's level URIs.</summary>
    public LevelOfAssurance? LevelOf(string acr) => AcrLevels.TryGetValue(acr, out var level) ? level : HubLevels.LevelOf(acr);

    /// <summary>The resident's claims, plus the brand claim when the login ran under a brand.</summary>
    public IEnumerable<KeyValuePair<string, object>> ClaimsFor(OidcResident resident, string? brand) =>
        BrandClaim is not null && brand is not null
            ? resident.Claims.Append(new KeyValuePair<string, object>(BrandClaim, brand))
            : resident.Claims;
}
