using Hub.TrustList.Model;

namespace Hub.TrustList.Lookup;

/// <summary>
/// A verified trust list with O(1) lookups by provider id, brand id and client_id. Immutable: a new release is a
/// new snapshot, swapped atomically by the loader. Only the verifier creates one. It does not keep the signed bytes
/// (107 MiB at 100,000 RPs), only their <see cref="Digest"/> and <see cref="Length"/>; the loader keeps the bytes in
/// its cache file and serves them from there (<see cref="Loading.ITrustListRawSource"/>).
/// </summary>
public sealed class TrustListSnapshot
{
    private readonly TrustListIndex _index;

    internal TrustListSnapshot(TrustListDocument document, string digest, long length, TrustListIndex? index = null)
    {
        Document = document;
        Digest = digest;
        Length = length;
        _index = index ?? new TrustListIndex(document);
    }

    /// <summary>A snapshot of a document and the signed bytes it was read from (test doubles build snapshots this way).</summary>
    internal TrustListSnapshot(TrustListDocument document, ReadOnlyMemory<byte> signedJson)
        : this(document, TrustListDigest.Compute(signedJson.Span), signedJson.Length)
    {
    }

    public TrustListDocument Document { get; }

    /// <summary>The base64url SHA-256 of the exact signed bytes this snapshot was verified from (<see cref="TrustListDigest"/>).</summary>
    public string Digest { get; }

    /// <summary>The length in bytes of the signed document.</summary>
    public long Length { get; }

    public long Sequence => Document.Sequence;

    public DateTimeOffset NextUpdate => Document.NextUpdate;

    public IdentityProviderEntry? FindProvider(string id) => _index.Providers.GetValueOrDefault(id);

    /// <summary>A brand and the provider that serves it.</summary>
    public (IdentityProviderEntry Provider, BrandEntry Brand)? FindBrand(string id)
        => _index.Brands.TryGetValue(id, out var found) ? found : null;

    public RelyingPartyEntry? FindRelyingParty(string clientId) => _index.RelyingParties.GetValueOrDefault(clientId);
}
