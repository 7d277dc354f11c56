using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Signature;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Bindings;

/// <summary>Checks the Redirect binding's query signature over the octets as received (saml-bindings §3.4.4.1).</summary>
internal static class Saml2RedirectSignature
{
    /// <returns>True when verified; false when absent and not required.</returns>
    public static Result<bool, AdapterError> Verify(
        RawQuery query, string parameterName, IEnumerable<X509Certificate2> trustedSigners, bool requireSignature)
    {
        var signatureText = query.Decoded(Saml2Constants.Parameters.Signature);
        var sigAlg = query.Decoded(Saml2Constants.Parameters.SigAlg);
        if (signatureText is null || sigAlg is null)
        {
            return requireSignature
                ? Saml2Error.Reject(Saml2ErrorCodes.SignatureMissing, "The query carries no Signature/SigAlg.")
                : Result<bool, AdapterError>.Ok(false);
        }
        if (Saml2Algorithms.SignatureHash(sigAlg) is not { } hash)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SignatureAlgorithm, $"SigAlg '{sigAlg}' is not allowed.");
        }
        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(signatureText);
        }
        catch (FormatException)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.BindingEncoding, "The Signature is not base64.");
        }

        var signed = new StringBuilder(parameterName).Append('=').Append(query.Raw(parameterName));
        if (query.Raw(Saml2Constants.Parameters.RelayState) is { } relayState)
        {
            signed.Append("&RelayState=").Append(relayState);
        }
        signed.Append("&SigAlg=").Append(query.Raw(Saml2Constants.Parameters.SigAlg));
        var octets = Encoding.UTF8.GetBytes(signed.ToString());

        foreach (var certificate in trustedSigners)
        {
            if (VerifyWith(certificate, octets, signature, hash, Saml2Algorithms.IsEcdsa(sigAlg)))
            {
                return Result<bool, AdapterError>.Ok(true);
            }
        }
        return Saml2Error.Reject(Saml2ErrorCodes.SignatureInvalid, "The query signature does not verify with a trusted certificate.");
    }

    private static bool VerifyWith(X509Certificate2 certificate, byte[] octets, byte[] signature, HashAlgorithmName hash, bool ecdsa)
    {
        try
        {
            if (ecdsa)
            {
                using var key = certificate.GetECDsaPublicKey();
                return key?.VerifyData(octets, signature, hash) ?? false;
            }
            using var rsa = certificate.GetRSAPublicKey();
            return rsa?.VerifyData(octets, signature, hash, RSASignaturePadding.Pkcs1) ?? false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
