using System.Collections.Frozen;
using Hub.TrustList.Model;

namespace Hub.TrustList.Lookup;

/// <summary>
/// The O(1) lookup tables of a snapshot: providers, brands (with their provider) and RPs by id. Built apart from the
/// snapshot so the verifier can build them while the structural rules run; they are used only if the rules pass.
/// </summary>
internal sealed class TrustListIndex
{
    public TrustListIndex(TrustListDocument document)
    {
        Providers = document.IdentityProviders.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        Brands = document.IdentityProviders
            .SelectMany(p => p.Brands.Select(b => (Provider: p, Brand: b)))
            .ToFrozenDictionary(x => x.Brand.Id, StringComparer.Ordinal);
        RelyingParties = document.RelyingParties.ToFrozenDictionary(r => r.ClientId, StringComparer.Ordinal);
    }

    public FrozenDictionary<string, IdentityProviderEntry> Providers { get; }

    public FrozenDictionary<string, (IdentityProviderEntry Provider, BrandEntry Brand)> Brands { get; }

    public FrozenDictionary<string, RelyingPartyEntry> RelyingParties { get; }
}
