using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// The public keys of the certificates pinned for one provider in the trust list (base64 DER; two during a
/// rollover). These are the only keys a provider's signature is ever checked against.
/// </summary>
internal static class PinnedSigningKeys
{
    public static IReadOnlyList<AsymmetricAlgorithm> FromBase64Der(IEnumerable<string> certificates)
    {
        var keys = new List<AsymmetricAlgorithm>();
        foreach (var encoded in certificates)
        {
            try
            {
                using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(encoded));
                AsymmetricAlgorithm? key = certificate.GetRSAPublicKey() ?? (AsymmetricAlgorithm?)certificate.GetECDsaPublicKey();
                if (key is not null)
                {
                    keys.Add(key);
                }
            }
            catch (Exception e) when (e is FormatException or CryptographicException)
            {
                // An unreadable pin is skipped; the trust-list validator reports it at publication.
            }
        }
        return keys;
    }

    public static AsymmetricAlgorithm? PublicKeyOf(X509Certificate2 certificate)
        => certificate.GetRSAPublicKey() ?? (AsymmetricAlgorithm?)certificate.GetECDsaPublicKey();
}
