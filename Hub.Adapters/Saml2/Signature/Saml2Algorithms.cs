using System.Security.Cryptography;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// The algorithm allow-lists. SHA-1, HMAC, XSLT, XPath and inclusive C14N are refused before any signature is
/// checked. The URIs are those of XML-DSig 1.1 and RFC 6931; the Redirect binding's SigAlg uses the same ones.
/// </summary>
public static class Saml2Algorithms
{
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public const string RsaSha384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";
    public const string RsaSha512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    public const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public const string EcdsaSha384 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384";
    public const string EcdsaSha512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512";

    public const string Sha256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public const string Sha384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";
    public const string Sha512 = "http://www.w3.org/2001/04/xmlenc#sha512";

    public const string ExclusiveC14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public const string EnvelopedSignature = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    public static bool IsAllowedSignatureMethod(string? uri) => uri is not null && SignatureHash(uri) is not null;

    public static bool IsAllowedDigestMethod(string? uri) => uri is not null && DigestHash(uri) is not null;

    public static bool IsAllowedTransform(string? uri) => uri is EnvelopedSignature or ExclusiveC14N;

    public static bool IsEcdsa(string uri) => uri is EcdsaSha256 or EcdsaSha384 or EcdsaSha512;

    /// <summary>The hash of an allowed digest method, or null when the method is not allowed.</summary>
    public static HashAlgorithmName? DigestHash(string uri) => uri switch
    {
        Sha256 => HashAlgorithmName.SHA256,
        Sha384 => HashAlgorithmName.SHA384,
        Sha512 => HashAlgorithmName.SHA512,
        _ => null,
    };

    /// <summary>A hash object for one of the allowed hashes (SHA-256 for anything else).</summary>
    public static HashAlgorithm CreateHash(HashAlgorithmName hash)
        => hash == HashAlgorithmName.SHA512 ? SHA512.Create() : hash == HashAlgorithmName.SHA384 ? SHA384.Create() : SHA256.Create();

    /// <summary>The hash of an allowed signature method, or null when the method is not allowed.</summary>
    public static HashAlgorithmName? SignatureHash(string uri) => uri switch
    {
        RsaSha256 or EcdsaSha256 => HashAlgorithmName.SHA256,
        RsaSha384 or EcdsaSha384 => HashAlgorithmName.SHA384,
        RsaSha512 or EcdsaSha512 => HashAlgorithmName.SHA512,
        _ => null,
    };
}
