using System.Formats.Asn1;

namespace Hub.TrustList.Validation.Rules;

/// <summary>
/// Reads the DER structure of an X.509 certificate (RFC 5280 §4.1) as far as its subject public key, with the
/// managed ASN.1 reader: about a hundred times cheaper than loading it through the platform's X.509 stack, which
/// matters for a list with thousands of providers. The SAML adapter loads the certificate fully when it uses it.
/// </summary>
internal static class CertificateShape
{
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string EcPublicKey = "1.2.840.10045.2.1";
    private static readonly Asn1Tag Version = new(TagClass.ContextSpecific, 0, isConstructed: true);

    public static string? Problem(string base64Der)
    {
        var der = new byte[base64Der.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(base64Der, der, out var length) || length == 0)
        {
            return "not base64.";
        }
        try
        {
            var outer = new AsnReader(der.AsMemory(0, length), AsnEncodingRules.DER);
            var certificate = outer.ReadSequence();
            outer.ThrowIfNotEmpty();
            var tbs = certificate.ReadSequence();
            certificate.ReadSequence(); // signatureAlgorithm
            certificate.ReadBitString(out _); // signatureValue
            certificate.ThrowIfNotEmpty();
            if (tbs.PeekTag().HasSameClassAndValue(Version))
            {
                tbs.ReadSequence(Version);
            }
            tbs.ReadIntegerBytes(); // serialNumber
            tbs.ReadSequence(); // signature
            tbs.ReadSequence(); // issuer
            tbs.ReadSequence(); // validity
            tbs.ReadSequence(); // subject
            return PublicKeyProblem(tbs.ReadSequence());
        }
        catch (AsnContentException e)
        {
            return "not a DER X.509 certificate: " + e.Message;
        }
    }

    private static string? PublicKeyProblem(AsnReader subjectPublicKeyInfo)
    {
        var algorithm = subjectPublicKeyInfo.ReadSequence().ReadObjectIdentifier();
        var key = subjectPublicKeyInfo.ReadBitString(out _);
        switch (algorithm)
        {
            case RsaEncryption:
                var modulus = new AsnReader(key, AsnEncodingRules.DER).ReadSequence().ReadIntegerBytes().Span;
                var bits = (modulus.Length - (modulus[0] == 0 ? 1 : 0)) * 8;
                return bits >= 2048 ? null : $"an RSA key of {bits} bits (2048 at least).";
            case EcPublicKey:
                return null;
            default:
                return $"the key algorithm {algorithm} is neither RSA nor EC.";
        }
    }
}
