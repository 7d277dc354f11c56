using Hub.TrustList.Model;
using Hub.TrustList.Verification;
using static Hub.TrustList.Verification.TrustListErrorCodes;

namespace Hub.TrustList.Validation.Rules;

/// <summary>Pinned SAML signing certificates are base64 DER X.509 with an RSA (2048 bits or more) or EC public key.</summary>
internal sealed class CertificateRule : ITrustListRule
{
    public IEnumerable<TrustListError> Check(TrustListDocument document)
    {
        var errors = new List<TrustListError>();
        foreach (var p in document.IdentityProviders)
        {
            var certificates = p.Saml2?.SigningCertificates ?? [];
            for (var i = 0; i < certificates.Count; i++)
            {
                if (CertificateShape.Problem(certificates[i]) is { } problem)
                {
                    errors.Add(new(Certificate, $"{Where.Provider(p)}.saml2.signing_certificates[{i}]: {problem}"));
                }
            }
        }
        return errors;
    }
}
