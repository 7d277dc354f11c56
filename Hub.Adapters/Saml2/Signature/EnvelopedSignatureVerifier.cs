using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// Verifies the enveloped signature that is a direct child of <c>signedElement</c>:
/// shape and algorithm allow-lists first, then the reference must resolve (strictly) to <c>signedElement</c> itself,
/// then the signature value against each pinned key in turn. KeyInfo is never read.
/// </summary>
internal static class EnvelopedSignatureVerifier
{
    public static AdapterError? Verify(
        XmlElement signedElement, XmlElement signature, XmlIdIndex index, IReadOnlyList<AsymmetricAlgorithm> pinnedKeys)
    {
        if (!ReferenceEquals(signature.ParentNode, signedElement))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SignatureReference, "The signature is not enveloped in the element it signs.");
        }
        var (referencedId, shapeError) = SignatureShape.Check(signature);
        if (shapeError is not null)
        {
            return shapeError;
        }
        if (!ReferenceEquals(index.Find(referencedId!), signedElement))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SignatureReference,
                $"The signature on <{signedElement.LocalName}> references another element.");
        }
        if (pinnedKeys.Count == 0)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SignatureInvalid, "No signing certificate is pinned for this provider.");
        }

        var signedXml = new StrictSignedXml(signedElement, index);
        try
        {
            signedXml.LoadXml(signature);
        }
        catch (CryptographicException)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SignatureInvalid, "The Signature element cannot be read.");
        }
        if (signedXml.SignedInfo?.References.Count != 1)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SignatureReference, "Exactly one Reference is allowed.");
        }
        foreach (var key in pinnedKeys)
        {
            if (CheckWith(signedXml, key))
            {
                return null;
            }
        }
        return Saml2Error.Reject(Saml2ErrorCodes.SignatureInvalid,
            $"The signature on <{signedElement.LocalName}> does not verify with any pinned certificate.");
    }

    private static bool CheckWith(SignedXml signedXml, AsymmetricAlgorithm key)
    {
        var isEcdsa = Saml2Algorithms.IsEcdsa(signedXml.SignatureMethod ?? string.Empty);
        if (isEcdsa != key is ECDsa)
        {
            return false;
        }
        try
        {
            return signedXml.CheckSignature(key);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
