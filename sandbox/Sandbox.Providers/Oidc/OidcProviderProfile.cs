using Hub.TrustList.Model;
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
    IReadOnlyList<string> ClaimsSupported)
{
    /// <summary>The look for the requested brand; an unknown brand is ignored.</summary>
    public BrandLook LookFor(string? brand) => brand is not null && Brands.TryGetValue(brand, out var look) ? look : Look;
}
