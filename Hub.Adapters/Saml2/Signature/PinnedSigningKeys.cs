using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// The keys of the certificates pinned for one provider in the trust list (base64 DER; two during a rollover).
/// These are the only keys a provider's signature is ever checked against. Parsing a certificate costs far more
/// than verifying a signature, so each pinned certificate is parsed once (the set is bounded by the trust list).
/// </summary>
internal static class PinnedSigningKeys
{
    private const int MaxCachedCertificates = 1024;

    private static readonly ConcurrentDictionary<string, PinnedKey?> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<PinnedKey> FromBase64Der(IEnumerable<string> certificates)
    {
        var keys = new List<PinnedKey>();
        foreach (var encoded in certificates)
        {
            var key = Cache.TryGetValue(encoded, out var cached) ? cached : Parse(encoded);
            if (key is not null)
            {
                keys.Add(key);
            }
        }
        return keys;
    }

    private static PinnedKey? Parse(string encoded)
    {
        PinnedKey? key = null;
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(encoded));
            key = PinnedKey.FromCertificate(certificate);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            // An unreadable pin is skipped; the trust-list validator reports it at publication.
        }
        if (Cache.Count < MaxCachedCertificates)
        {
            Cache.TryAdd(encoded, key);
        }
        return key;
    }
}
