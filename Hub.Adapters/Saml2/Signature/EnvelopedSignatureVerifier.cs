using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// Verifies the enveloped signature that is a direct child of <c>signedElement</c>:
/// shape and algorithm allow-lists first, then the reference must resolve (strictly) to <c>signedElement</c> itself,
/// then the signature value against each pinned key in turn: by <see cref="PlainSignatureVerifier"/> for the plain
/// shape, and by SignedXml for anything that path does not accept. KeyInfo is never read.
/// </summary>
internal static class EnvelopedSignatureVerifier
{
    public static AdapterError? Verify(
        XmlElement signedElement, XmlElement signature, XmlIdIndex index, IReadOnlyList<PinnedKey> pinnedKeys)
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
        // The shape SAML providers send is verified without SignedXml's overhead; anything that path does not
        // accept (another shape, or a failed check) is decided by SignedXml, as before.
        if (PlainSignatureVerifier.Verify(signedElement, signature, pinnedKeys))
        {
            return null;
        }
        return CheckWithSignedXml(signedElement, signature, index, pinnedKeys);
    }

    /// <summary>SignedXml's verdict alone (the differential tests compare it with <see cref="PlainSignatureVerifier"/>).</summary>
    internal static AdapterError? CheckWithSignedXml(
        XmlElement signedElement, XmlElement signature, XmlIdIndex index, IReadOnlyList<PinnedKey> pinnedKeys)
    {
        var signedXml = new StrictSignedXml(signedElement, index);
        if (!TryLoadWithoutKeyInfo(signedXml, signature))
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

    /// <summary>
    /// KeyInfo is never used, yet SignedXml parses every certificate in it (about half a millisecond each: an
    /// attacker could send hundreds). It is detached while the Signature is read and put back at the same place
    /// before any digest is computed, so the document is verified exactly as received.
    /// </summary>
    private static bool TryLoadWithoutKeyInfo(SignedXml signedXml, XmlElement signature)
    {
        var keyInfos = signature.ChildElements("KeyInfo", Saml2Constants.DsigNamespace).ToList();
        if (keyInfos.Count > 1)
        {
            return false;
        }
        var keyInfo = keyInfos.FirstOrDefault();
        var anchor = keyInfo?.PreviousSibling;
        if (keyInfo is not null)
        {
            signature.RemoveChild(keyInfo);
        }
        try
        {
            signedXml.LoadXml(signature);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
        finally
        {
            if (keyInfo is not null)
            {
                if (anchor is null)
                {
                    signature.PrependChild(keyInfo);
                }
                else
                {
                    signature.InsertAfter(keyInfo, anchor);
                }
            }
        }
    }

    private static bool CheckWith(SignedXml signedXml, PinnedKey key)
    {
        if (Saml2Algorithms.IsEcdsa(signedXml.SignatureMethod ?? string.Empty) != key.IsEcdsa)
        {
            return false;
        }
        try
        {
            return signedXml.CheckSignature(key.ForCurrentThread());
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
