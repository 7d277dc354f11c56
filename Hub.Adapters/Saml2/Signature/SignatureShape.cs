using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// Checks the raw ds:Signature element before <see cref="System.Security.Cryptography.Xml.SignedXml"/> sees it:
/// one SignedInfo, exc-c14n, an allowed SignatureMethod, exactly one Reference whose URI is <c>#</c> + NCName,
/// allowed transforms and DigestMethod. Returns the referenced ID.
/// </summary>
internal static class SignatureShape
{
    private const string Ds = Saml2Constants.DsigNamespace;

    public static (string? ReferencedId, AdapterError? Error) Check(XmlElement signature)
    {
        var signedInfos = signature.ChildElements("SignedInfo", Ds).ToList();
        if (signedInfos.Count != 1)
        {
            return Fail(Saml2ErrorCodes.SignatureInvalid, "The Signature must have exactly one SignedInfo.");
        }
        var signedInfo = signedInfos[0];

        var c14n = signedInfo.ChildElements("CanonicalizationMethod", Ds).ToList();
        if (c14n.Count != 1 || c14n[0].AttributeOrNull("Algorithm") != Saml2Algorithms.ExclusiveC14N)
        {
            return Fail(Saml2ErrorCodes.SignatureTransform, "CanonicalizationMethod must be exclusive C14N without comments.");
        }
        var methods = signedInfo.ChildElements("SignatureMethod", Ds).ToList();
        if (methods.Count != 1 || !Saml2Algorithms.IsAllowedSignatureMethod(methods[0].AttributeOrNull("Algorithm")))
        {
            return Fail(Saml2ErrorCodes.SignatureAlgorithm,
                $"SignatureMethod '{Describe(methods)}' is not allowed (RSA or ECDSA with SHA-256/384/512 only).");
        }
        if (methods[0].HasChildNodes && methods[0].ChildElements().Any())
        {
            // HMACOutputLength and friends have no place in an asymmetric signature.
            return Fail(Saml2ErrorCodes.SignatureAlgorithm, "SignatureMethod must not have parameters.");
        }

        var references = signedInfo.ChildElements("Reference", Ds).ToList();
        if (references.Count != 1)
        {
            return Fail(Saml2ErrorCodes.SignatureReference, $"The signature has {references.Count} References; exactly one is allowed.");
        }
        var reference = references[0];
        var uri = reference.AttributeOrNull("URI");
        if (uri is null || uri.Length < 2 || uri[0] != '#' || !IsNcName(uri.AsSpan(1)))
        {
            return Fail(Saml2ErrorCodes.SignatureReference, "The Reference URI must be '#' followed by an NCName ID.");
        }

        foreach (var transforms in reference.ChildElements("Transforms", Ds))
        {
            foreach (var transform in transforms.ChildElements())
            {
                if (!transform.Is("Transform", Ds) || !Saml2Algorithms.IsAllowedTransform(transform.AttributeOrNull("Algorithm")))
                {
                    return Fail(Saml2ErrorCodes.SignatureTransform,
                        $"Transform '{transform.AttributeOrNull("Algorithm")}' is not allowed (enveloped-signature and exc-c14n only).");
                }
            }
        }
        var digests = reference.ChildElements("DigestMethod", Ds).ToList();
        if (digests.Count != 1 || !Saml2Algorithms.IsAllowedDigestMethod(digests[0].AttributeOrNull("Algorithm")))
        {
            return Fail(Saml2ErrorCodes.SignatureAlgorithm,
                $"DigestMethod '{Describe(digests)}' is not allowed (SHA-256/384/512 only).");
        }
        return (uri[1..], null);
    }

    private static string Describe(List<XmlElement> elements)
        => elements.Count == 1 ? elements[0].AttributeOrNull("Algorithm") ?? "(none)" : $"{elements.Count} elements";

    private static bool IsNcName(ReadOnlySpan<char> value)
    {
        try
        {
            return XmlConvert.VerifyNCName(value.ToString()).Length == value.Length;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static (string?, AdapterError?) Fail(string code, string message) => (null, Saml2Error.Reject(code, message));
}
