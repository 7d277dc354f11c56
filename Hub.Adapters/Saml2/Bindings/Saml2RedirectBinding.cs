using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Signature;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Bindings;

/// <summary>
/// The HTTP-Redirect binding (saml-bindings §3.4): DEFLATE + base64 + URL-encoding, and the query signature over
/// <c>SAMLRequest=…&amp;RelayState=…&amp;SigAlg=…</c> (§3.4.4.1). The hub uses it to send signed AuthnRequests; the
/// sandbox IdP and tests use <see cref="Decode"/> to read them back, with the size caps and signature check.
/// </summary>
public static class Saml2RedirectBinding
{
    public const int DefaultMaxInflatedBytes = 64 * 1024;
    public const int DefaultMaxQueryLength = 64 * 1024;

    /// <summary>The signed query string (no leading <c>?</c>).</summary>
    /// <param name="parameterName"><c>SAMLRequest</c> or <c>SAMLResponse</c>.</param>
    /// <param name="signingKey">An RSA or ECDSA private key.</param>
    public static string EncodeSigned(
        string parameterName, string xml, string? relayState, AsymmetricAlgorithm signingKey, string? signatureAlgorithm = null)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        var sigAlg = signatureAlgorithm ?? (signingKey is ECDsa ? Saml2Algorithms.EcdsaSha256 : Saml2Algorithms.RsaSha256);
        var hash = Saml2Algorithms.SignatureHash(sigAlg) ?? throw new ArgumentException("Signature algorithm not allowed.", nameof(signatureAlgorithm));
        var signed = new StringBuilder()
            .Append(parameterName).Append('=').Append(Uri.EscapeDataString(Convert.ToBase64String(BoundedDeflate.Deflate(Encoding.UTF8.GetBytes(xml)))));
        if (relayState is not null)
        {
            signed.Append("&RelayState=").Append(Uri.EscapeDataString(relayState));
        }
        signed.Append("&SigAlg=").Append(Uri.EscapeDataString(sigAlg));
        var octets = Encoding.UTF8.GetBytes(signed.ToString());
        var signature = signingKey switch
        {
            RSA rsa => rsa.SignData(octets, hash, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => ecdsa.SignData(octets, hash),
            _ => throw new ArgumentException("Only RSA and ECDSA keys can sign.", nameof(signingKey)),
        };
        return signed.Append("&Signature=").Append(Uri.EscapeDataString(Convert.ToBase64String(signature))).ToString();
    }

    /// <summary><paramref name="endpoint"/> with the query appended (after any query it already has).</summary>
    public static Uri BuildUrl(Uri endpoint, string query)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var url = endpoint.AbsoluteUri;
        return new Uri(url + (string.IsNullOrEmpty(endpoint.Query) ? "?" : "&") + query);
    }

    /// <summary>
    /// Decodes a Redirect-binding query (<c>?SAMLRequest=…</c>), verifying the query signature against the trusted
    /// certificates only. Errors: <c>saml.binding</c>, <c>saml.binding.encoding</c>, <c>saml.size</c>,
    /// <c>saml.signature.missing</c>, <c>saml.signature.algorithm</c>, <c>saml.signature.invalid</c>.
    /// </summary>
    public static Result<Saml2RedirectMessage, AdapterError> Decode(
        string query,
        IEnumerable<X509Certificate2> trustedSigners,
        bool requireSignature = true,
        int maxInflatedBytes = DefaultMaxInflatedBytes)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > DefaultMaxQueryLength)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Size, "The query string is too long.");
        }
        var parsed = RawQuery.Parse(query);
        if (parsed is null)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Binding, "A query parameter is repeated.");
        }
        var hasRequest = parsed.Has(Saml2Constants.Parameters.SamlRequest);
        if (hasRequest == parsed.Has(Saml2Constants.Parameters.SamlResponse))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Binding, "Exactly one of SAMLRequest and SAMLResponse is required.");
        }
        var name = hasRequest ? Saml2Constants.Parameters.SamlRequest : Saml2Constants.Parameters.SamlResponse;

        var verified = Saml2RedirectSignature.Verify(parsed, name, trustedSigners, requireSignature);
        if (!verified.IsSuccess)
        {
            return verified.Error!;
        }
        var xml = Inflate(parsed.Decoded(name)!, maxInflatedBytes);
        if (!xml.IsSuccess)
        {
            return xml.Error!;
        }
        return Result<Saml2RedirectMessage, AdapterError>.Ok(new Saml2RedirectMessage(
            name, xml.Value, parsed.Decoded(Saml2Constants.Parameters.RelayState),
            parsed.Decoded(Saml2Constants.Parameters.SigAlg), verified.Value));
    }

    private static Result<string, AdapterError> Inflate(string base64, int maxInflatedBytes)
    {
        byte[]? inflated;
        try
        {
            inflated = BoundedDeflate.Inflate(Convert.FromBase64String(base64), maxInflatedBytes);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.BindingEncoding, "The message is not base64 DEFLATE data.");
        }
        if (inflated is null)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Size, $"The message inflates beyond {maxInflatedBytes} bytes.");
        }
        try
        {
            return Result<string, AdapterError>.Ok(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(inflated));
        }
        catch (DecoderFallbackException)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.BindingEncoding, "The message is not UTF-8.");
        }
    }
}
