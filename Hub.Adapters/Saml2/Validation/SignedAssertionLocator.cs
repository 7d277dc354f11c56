using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Xml;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Validation;

/// <summary>
/// Finds the one Assertion to process and proves it is signed, defeating signature wrapping (XSW):
/// <list type="number">
/// <item>no EncryptedAssertion; exactly one Assertion among the Response's direct children;</item>
/// <item>a Signature that is a direct child of the Response must verify and reference the Response itself;</item>
/// <item>a Signature that is a direct child of that Assertion must verify and reference the Assertion itself;</item>
/// <item>at least one of the two exists;</item>
/// <item>and no other Assertion exists anywhere in the document (inside Extensions, a Signature's Object, another
/// Assertion...).</item>
/// </list>
/// The result is the very <see cref="XmlElement"/> covered by a verified signature; nothing is looked up again.
/// </summary>
internal static class SignedAssertionLocator
{
    private const string A = Saml2Constants.AssertionNamespace;
    private const string Ds = Saml2Constants.DsigNamespace;

    public static Result<XmlElement, AdapterError> Locate(XmlElement response, XmlIdIndex index, Saml2ValidationParameters parameters)
    {
        if (XmlNav.Descendants(response, "EncryptedAssertion", A).Any())
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AssertionEncrypted, "Encrypted assertions are not supported by the hub.");
        }
        var assertions = response.ChildElements("Assertion", A).ToList();
        if (assertions.Count != 1)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AssertionCount,
                $"The Response has {assertions.Count} Assertions; exactly one is required.");
        }
        var assertion = assertions[0];

        var responseSigned = VerifyDirectSignature(response, index, parameters, out var responseError);
        if (responseError is not null)
        {
            return responseError;
        }
        var assertionSigned = VerifyDirectSignature(assertion, index, parameters, out var assertionError);
        if (assertionError is not null)
        {
            return assertionError;
        }
        if (!responseSigned && !assertionSigned)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.SignatureMissing, "Neither the Response nor the Assertion is signed.");
        }

        if (XmlNav.Descendants(response, "Assertion", A).Skip(1).Any())
        {
            return Saml2Error.Reject(Saml2ErrorCodes.AssertionCount, "An Assertion is hidden elsewhere in the Response.");
        }
        return Result<XmlElement, AdapterError>.Ok(assertion);
    }

    private static bool VerifyDirectSignature(
        XmlElement element, XmlIdIndex index, Saml2ValidationParameters parameters, out AdapterError? error)
    {
        var signatures = element.ChildElements("Signature", Ds).ToList();
        error = null;
        if (signatures.Count == 0)
        {
            return false;
        }
        if (signatures.Count > 1)
        {
            error = Saml2Error.Reject(Saml2ErrorCodes.SignatureMultiple, $"<{element.LocalName}> carries more than one Signature.");
            return false;
        }
        error = EnvelopedSignatureVerifier.Verify(element, signatures[0], index, parameters.PinnedKeys);
        return error is null;
    }
}
