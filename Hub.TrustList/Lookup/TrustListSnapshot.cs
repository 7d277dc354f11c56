using System.Collections.Frozen;
using Hub.TrustList.Model;

namespace Hub.TrustList.Lookup;

/// <summary>
/// A verified trust list with O(1) lookups by provider id, brand id and client_id. Immutable: a new release is a
/// new snapshot, swapped atomically by the loader. Only the verifier creates one.
/// </summary>
public sealed class TrustListSnapshot
{
    private readonly FrozenDictionary<string, IdentityProviderEntry> _providers;
    private readonly FrozenDictionary<string, (IdentityProviderEntry Provider, BrandEntry Brand)> _brands;
    private readonly FrozenDictionary<string, RelyingPartyEntry> _relyingParties;

    internal TrustListSnapshot(TrustListDocument document, ReadOnlyMemory<byte> rawJson)
    {
        Document = document;
        RawJson = rawJson;
        _providers = document.IdentityProviders.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _brands = document.IdentityProviders
            .SelectMany(p => p.Brands.Select(b => (Provider: p, Brand: b)))
            .ToFrozenDictionary(x => x.Brand.Id, StringComparer.Ordinal);
        _relyingParties = document.RelyingParties.ToFrozenDictionary(r => r.ClientId, StringComparer.Ordinal);
    }

    public TrustListDocument Document { get; }

    /// <summary>The exact signed bytes this snapshot was verified from (for persistence and download).</summary>
    public ReadOnlyMemory<byte> RawJson { get; }

    public long Sequence => Document.Sequence;

    public DateTimeOffset NextUpdate => Document.NextUpdate;

    public IdentityProviderEntry? FindProvider(string id) => _providers.GetValueOrDefault(id);

    /// <summary>A brand and the provider that serves it.</summary>
    public (IdentityProviderEntry Provider, BrandEntry Brand)? FindBrand(string id)
        => _brands.TryGetValue(id, out var found) ? found : null;

    public RelyingPartyEntry? FindRelyingParty(string clientId) => _relyingParties.GetValueOrDefault(clientId);
}
