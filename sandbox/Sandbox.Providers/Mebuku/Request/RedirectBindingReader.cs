using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Hub.TrustList.Common;
using Sandbox.Providers.Common;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Request;

/// <summary>
/// Reads the HTTP-Redirect binding (SAML bindings §3.4.4): verifies the query signature over
/// <c>SAMLRequest=..&amp;RelayState=..&amp;SigAlg=..</c> exactly as received, then base64-decodes and inflates.
/// The one accepted SigAlg follows the SP's registered key: RSA-SHA256 for an RSA key, ECDSA-SHA256 (r || s, XML-DSig
/// 1.1) for a P-256 key.
/// </summary>
internal sealed class RedirectBindingReader(X509Certificate2 spCertificate, int maxInflatedBytes)
{
    /// <summary>Cap on the still-encoded SAMLRequest (Kestrel's request-line limit is a second one).</summary>
    public const int MaxEncodedLength = 12 * 1024;

    private const string EcPublicKeyOid = "1.2.840.10045.2.1";

    // The registered key never changes: its kind, and so the one SigAlg accepted, is decided once.
    private readonly bool _ecdsa = spCertificate.PublicKey.Oid.Value == EcPublicKeyOid;

    public Result<RedirectBindingMessage, SamlRequestError> Read(string? rawQuery, bool requireSigned)
    {
        var query = RawQuery.Parse(rawQuery);
        if (query is null)
        {
            return SamlRequestError.Malformed("A query parameter is repeated.");
        }
        if (!query.TryGetValue("SAMLRequest", out var rawRequest) || rawRequest.Length == 0)
        {
            return SamlRequestError.Missing;
        }
        if (rawRequest.Length > MaxEncodedLength)
        {
            return SamlRequestError.TooLarge;
        }
        query.TryGetValue("RelayState", out var rawRelayState);
        var relayState = rawRelayState is null ? null : RawQuery.Decode(rawRelayState);
        if (relayState is not null && Encoding.UTF8.GetByteCount(relayState) > 80)
        {
            return SamlRequestError.RelayStateTooLong;
        }

        var signature = VerifySignature(query, rawRequest, rawRelayState);
        if (!signature.IsSuccess)
        {
            return signature.Error!;
        }
        if (requireSigned && !signature.Value)
        {
            return SamlRequestError.Unsigned;
        }

        if (!TryBase64(RawQuery.Decode(rawRequest), out var deflated))
        {
            return SamlRequestError.Malformed("The SAMLRequest is not base64.");
        }
        var inflated = RawDeflate.Inflate(deflated, maxInflatedBytes);
        if (!inflated.IsSuccess)
        {
            return inflated.Error!;
        }
        string xml;
        try
        {
            xml = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(inflated.Value);
        }
        catch (DecoderFallbackException)
        {
            return SamlRequestError.Malformed("The SAMLRequest is not UTF-8.");
        }
        return Result<RedirectBindingMessage, SamlRequestError>.Ok(new RedirectBindingMessage(xml, relayState, signature.Value));
    }

    /// <summary>True when signed and valid, false when unsigned; an error when a signature is present but wrong.</summary>
    private Result<bool, SamlRequestError> VerifySignature(
        IReadOnlyDictionary<string, string> query, string rawRequest, string? rawRelayState)
    {
        var hasSigAlg = query.TryGetValue("SigAlg", out var rawSigAlg);
        var hasSignature = query.TryGetValue("Signature", out var rawSignature);
        if (!hasSigAlg && !hasSignature)
        {
            return Result<bool, SamlRequestError>.Ok(false);
        }
        if (!hasSigAlg || !hasSignature)
        {
            return SamlRequestError.Malformed("SigAlg and Signature must come together.");
        }
        if (RawQuery.Decode(rawSigAlg!) != (_ecdsa ? SamlNames.EcdsaSha256 : SamlNames.RsaSha256))
        {
            return SamlRequestError.SigAlgUnsupported(_ecdsa ? "ECDSA-SHA256" : "RSA-SHA256");
        }
        if (!TryBase64(RawQuery.Decode(rawSignature!), out var signature))
        {
            return SamlRequestError.Malformed("The Signature is not base64.");
        }
        var signedText = "SAMLRequest=" + rawRequest
            + (rawRelayState is null ? "" : "&RelayState=" + rawRelayState)
            + "&SigAlg=" + rawSigAlg;
        return Verify(Encoding.UTF8.GetBytes(signedText), signature)
            ? Result<bool, SamlRequestError>.Ok(true)
            : SamlRequestError.SignatureInvalid;
    }

    private bool Verify(byte[] octets, byte[] signature)
    {
        if (_ecdsa)
        {
            using var ecdsa = spCertificate.GetECDsaPublicKey()!;
            return ecdsa.VerifyData(octets, signature, HashAlgorithmName.SHA256);
        }
        using var rsa = spCertificate.GetRSAPublicKey()!;
        return rsa.VerifyData(octets, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
