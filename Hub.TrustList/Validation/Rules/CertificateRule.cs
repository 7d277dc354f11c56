using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>Pinned SAML signing certificates are base64 DER X.509 with an RSA (2048 bits or more) or EC public key.</summary>
internal sealed class CertificateRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        foreach (var p in document.IdentityProviders)
        {
            var certificates = p.Saml2?.SigningCertificates ?? [];
            for (var i = 0; i < certificates.Count; i++)
            {
                if (Problem(certificates[i]) is { } problem)
                {
                    yield return new(Certificate, $"{Where.Provider(p)}.saml2.signing_certificates[{i}]: {problem}");
                }
            }
        }
    }

    private static string? Problem(string base64Der)
    {
        byte[] der;
        try
        {
            der = Convert.FromBase64String(base64Der);
        }
        catch (FormatException)
        {
            return "not base64.";
        }
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            using var rsa = certificate.GetRSAPublicKey();
            if (rsa is not null)
            {
                return rsa.KeySize >= 2048 ? null : $"an RSA key of {rsa.KeySize} bits (2048 at least).";
            }
            using var ec = certificate.GetECDsaPublicKey();
            return ec is not null ? null : "neither an RSA nor an EC public key.";
        }
        catch (CryptographicException e)
        {
            return "not an X.509 certificate: " + e.Message;
        }
    }
}
