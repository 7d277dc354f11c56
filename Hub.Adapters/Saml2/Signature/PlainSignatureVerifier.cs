using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// The signature shape SAML providers send, verified without <see cref="SignedXml"/> around it
/// (docs/decisions/0009-plain-signature-path.md) and with the hub's own exclusive canonicaliser
/// (<see cref="ExclusiveCanonicalizer"/>, decision 0010). SignedXml re-serialises and re-parses the signed element,
/// reads the Signature through XPath and looks its algorithms up by reflection; here the parsed element is
/// canonicalised and hashed as it is. The shape, checked before anything is computed:
/// <list type="bullet">
/// <item>Signature: SignedInfo, SignatureValue, at most one KeyInfo (never read), nothing else;</item>
/// <item>SignedInfo: CanonicalizationMethod exc-c14n without parameters, SignatureMethod, one Reference;</item>
/// <item>Reference: Transforms [enveloped-signature, exc-c14n (with at most an InclusiveNamespaces PrefixList)],
/// DigestMethod, DigestValue;</item>
/// <item>no <c>xml:*</c> attribute on an ancestor of the signed element or of SignedInfo (SignedXml copies them
/// into the digest, which exclusive c14n does not: such documents stay with SignedXml, so no verdict changes).</item>
/// </list>
/// It answers true only when the reference digest and the signature both verify with a pinned key. False means
/// "not shown valid here" (another shape, or a failed check): <see cref="EnvelopedSignatureVerifier"/> then asks
/// SignedXml, which keeps the last word. Callers have already run <see cref="SignatureShape"/> (algorithm
/// allow-lists) and resolved the Reference to <c>signedElement</c> through the strict ID index.
/// </summary>
internal static class PlainSignatureVerifier
{
    private const string Ds = Saml2Constants.DsigNamespace;
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static bool Verify(XmlElement signedElement, XmlElement signature, IReadOnlyList<PinnedKey> pinnedKeys)
    {
        try
        {
            return VerifyPlain(signedElement, signature, pinnedKeys);
        }
        catch (Exception e) when (e is CryptographicException or XmlException or ArgumentException or InvalidOperationException)
        {
            return false; // not shown valid here: SignedXml decides
        }
    }

    private static bool VerifyPlain(XmlElement signedElement, XmlElement signature, IReadOnlyList<PinnedKey> pinnedKeys)
    {
        if (Read(signature) is not { } parts
            || Saml2Algorithms.SignatureHash(parts.SignatureMethod) is not { } signatureHash
            || Saml2Algorithms.DigestHash(parts.DigestMethod) is not { } digestHash)
        {
            return false;
        }
        // SignedInfo first, as SignedXml does: a message no pinned key signed is refused before its (possibly large)
        // signed element is canonicalised.
        var signedInfoHash = CanonicalDigest(parts.SignedInfo, enveloped: null, prefixList: null, signatureHash);
        if (signedInfoHash is null || !SignedByPinnedKey(signedInfoHash, parts, signatureHash, pinnedKeys))
        {
            return false;
        }
        var digest = CanonicalDigest(signedElement, signature, parts.PrefixList, digestHash);
        return digest is not null && CryptographicOperations.FixedTimeEquals(digest, parts.DigestValue);
    }

    private static bool SignedByPinnedKey(byte[] signedInfoHash, Parts parts, HashAlgorithmName signatureHash, IReadOnlyList<PinnedKey> pinnedKeys)
    {
        var isEcdsa = Saml2Algorithms.IsEcdsa(parts.SignatureMethod);
        foreach (var pinned in pinnedKeys)
        {
            if (pinned.IsEcdsa == isEcdsa && VerifyHash(pinned.ForCurrentThread(), signedInfoHash, parts.SignatureValue, signatureHash))
            {
                return true;
            }
        }
        return false;
    }

    private sealed record Parts(
        XmlElement SignedInfo, string SignatureMethod, string DigestMethod, byte[] DigestValue, byte[] SignatureValue, string? PrefixList);

    private static Parts? Read(XmlElement signature)
    {
        if (signature.ChildElements().ToList() is not [var signedInfo, var signatureValue, .. var rest]
            || !signedInfo.Is("SignedInfo", Ds) || !signatureValue.Is("SignatureValue", Ds)
            || rest is not ([] or [{ LocalName: "KeyInfo", NamespaceURI: Ds }])
            || signedInfo.ChildElements().ToList() is not [var c14n, var method, var reference]
            || !IsAlgorithm(c14n, "CanonicalizationMethod", Saml2Algorithms.ExclusiveC14N) || c14n.ChildElements().Any()
            || !method.Is("SignatureMethod", Ds) || method.AttributeOrNull("Algorithm") is not { } signatureMethod
            || !reference.Is("Reference", Ds)
            || reference.ChildElements().ToList() is not [var transforms, var digestMethod, var digestValue]
            || !transforms.Is("Transforms", Ds) || !digestMethod.Is("DigestMethod", Ds) || !digestValue.Is("DigestValue", Ds)
            || digestMethod.AttributeOrNull("Algorithm") is not { } digestUri
            || transforms.ChildElements().ToList() is not [var enveloped, var exclusive]
            || !IsAlgorithm(enveloped, "Transform", Saml2Algorithms.EnvelopedSignature) || enveloped.ChildElements().Any()
            || !IsAlgorithm(exclusive, "Transform", Saml2Algorithms.ExclusiveC14N)
            || !TryPrefixList(exclusive, out var prefixList)
            || Base64(digestValue) is not { } digest
            || Base64(signatureValue) is not { } value)
        {
            return null;
        }
        return new Parts(signedInfo, signatureMethod, digestUri, digest, value, prefixList);
    }

    private static bool IsAlgorithm(XmlElement element, string localName, string algorithm)
        => element.Is(localName, Ds) && element.AttributeOrNull("Algorithm") == algorithm;

    /// <summary>No parameter, or one InclusiveNamespaces element (its PrefixList may be absent).</summary>
    private static bool TryPrefixList(XmlElement transform, out string? prefixList)
    {
        prefixList = null;
        switch (transform.ChildElements().ToList())
        {
            case []:
                return true;
            // InclusiveNamespaces lives in the namespace named by the algorithm URI itself.
            case [var inclusive] when inclusive.Is("InclusiveNamespaces", Saml2Algorithms.ExclusiveC14N) && !inclusive.ChildElements().Any():
                prefixList = inclusive.AttributeOrNull("PrefixList");
                return true;
            default:
                return false;
        }
    }

    /// <summary>The element's base64 content (whitespace between the characters is skipped), or null.</summary>
    private static byte[]? Base64(XmlElement element)
    {
        var text = element.InnerText;
        var bytes = new byte[text.Length * 3 / 4];
        return Convert.TryFromBase64String(text, bytes, out var written) && written > 0 ? bytes[..written] : null;
    }

    /// <summary>
    /// The digest of <paramref name="element"/> as a same-document reference sees it: the element and its
    /// descendants, without the enveloped Signature, with the namespaces in scope from its ancestors, through
    /// exclusive c14n without comments, computed over the element the hub goes on to read (no copy, no re-parse).
    /// </summary>
    private static byte[]? CanonicalDigest(XmlElement element, XmlElement? enveloped, string? prefixList, HashAlgorithmName digest)
    {
        for (var node = element.ParentNode; node is XmlElement ancestor; node = ancestor.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                if (attribute.NamespaceURI == XmlNamespace)
                {
                    // SignedXml carries an ancestor's xml:* attributes into the digest, exclusive c14n does not:
                    // leave such documents to SignedXml so that no verdict changes.
                    return null;
                }
            }
        }
        return ExclusiveCanonicalizer.Digest(element, enveloped, prefixList, digest);
    }

    private static bool VerifyHash(AsymmetricAlgorithm key, byte[] hash, byte[] signature, HashAlgorithmName name) => key switch
    {
        RSA rsa => rsa.VerifyHash(hash, signature, name, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => ecdsa.VerifyHash(hash, signature),
        _ => false,
    };
}
