using Hub.Adapters.Saml2;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Validation;

/// <summary>
/// XML Signature Wrapping, the eight variants of Somorovsky et al. ("On Breaking SAML", 2012) as SAML Raider
/// applies them, plus the extra-unsigned-assertion variant (CVE-2022-41912). Each starts from a valid signed
/// Response, moves the signed content out of the way and puts an assertion for a victim where a naive SP reads.
/// Each names the defence that fires first.
/// </summary>
public sealed class SignatureWrappingTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public async Task ValidateAsync_Xsw1_SignedResponseCopiedIntoSignature_RejectsReference()
    {
        // The signed Response (minus its signature) goes inside the Signature; the root becomes the evil Response.
        var document = _context.Pinned.SignedResponse(_context.Spec(), signAssertion: false, signResponse: true);
        var root = document.DocumentElement!;
        var original = XmlSurgery.CloneWithoutSignature(root);
        root.SetAttribute("ID", "_evilResponse000000000000000000001");
        XmlSurgery.MakeEvil(TestIdentityProvider.Assertion(document));
        TestIdentityProvider.SignatureOf(root)!.AppendChild(original);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_Xsw2_SignedResponseCopiedBeforeSignature_RejectsReference()
    {
        // Same, but the copy is a detached sibling placed before the Signature.
        var document = _context.Pinned.SignedResponse(_context.Spec(), signAssertion: false, signResponse: true);
        var root = document.DocumentElement!;
        var original = XmlSurgery.CloneWithoutSignature(root);
        root.SetAttribute("ID", "_evilResponse000000000000000000001");
        XmlSurgery.MakeEvil(TestIdentityProvider.Assertion(document));
        root.InsertBefore(original, TestIdentityProvider.SignatureOf(root));

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_Xsw3_EvilAssertionBeforeSignedOne_RejectsAssertionCount()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        var evil = XmlSurgery.MakeEvil(XmlSurgery.CloneWithoutSignature(signed));
        document.DocumentElement!.InsertBefore(evil, signed);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.AssertionCount);
    }

    [Fact]
    public async Task ValidateAsync_Xsw4_SignedAssertionInsideEvilAssertion_RejectsSignatureMissing()
    {
        // The evil assertion takes the signed one's place and carries it as a child.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        var evil = XmlSurgery.MakeEvil(XmlSurgery.CloneWithoutSignature(signed));
        document.DocumentElement!.ReplaceChild(evil, signed);
        evil.AppendChild(signed);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureMissing);
    }

    [Fact]
    public async Task ValidateAsync_Xsw5_SignedAssertionAlteredAndUnsignedCopyAppended_RejectsDuplicateId()
    {
        // The signed assertion is altered in place (keeping ID and Signature); an unsigned copy of the original,
        // same ID, is appended at the end for the signature reference to find.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        var copy = XmlSurgery.CloneWithoutSignature(signed);
        XmlSurgery.MakeEvil(signed, newId: null);
        document.DocumentElement!.AppendChild(copy);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.XmlDuplicateId);
    }

    [Fact]
    public async Task ValidateAsync_Xsw6_UnsignedCopyInsideSignatureOfAlteredAssertion_RejectsReference()
    {
        // The altered assertion keeps the Signature; the original (unsigned copy) sits inside that Signature.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        var copy = XmlSurgery.CloneWithoutSignature(signed);
        XmlSurgery.MakeEvil(signed);
        TestIdentityProvider.SignatureOf(signed)!.AppendChild(copy);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_Xsw7_SignedAssertionMovedIntoExtensions_RejectsSignatureMissing()
    {
        // The signed assertion hides in samlp:Extensions (schema: any content); an unsigned evil one replaces it.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        var evil = XmlSurgery.MakeEvil(XmlSurgery.CloneWithoutSignature(signed));
        document.DocumentElement!.ReplaceChild(evil, signed);
        XmlSurgery.Extensions(document).AppendChild(signed);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureMissing);
    }

    [Fact]
    public async Task ValidateAsync_Xsw8_UnsignedCopyInDsObjectOfAlteredAssertion_RejectsReference()
    {
        // Like XSW6, with the copy wrapped in a ds:Object, as XML-DSig allows.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        var copy = XmlSurgery.CloneWithoutSignature(signed);
        XmlSurgery.MakeEvil(signed);
        var dsObject = document.CreateElement("ds", "Object", Saml2Constants.DsigNamespace);
        dsObject.AppendChild(copy);
        TestIdentityProvider.SignatureOf(signed)!.AppendChild(dsObject);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_ExtraUnsignedAssertionBeforeSignedOne_RejectsAssertionCount()
    {
        // CVE-2022-41912: the signed assertion verifies, a library then reads another one.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        document.DocumentElement!.InsertBefore(XmlSurgery.MakeEvil(XmlSurgery.CloneWithoutSignature(signed)), signed);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.AssertionCount);
    }

    [Fact]
    public async Task ValidateAsync_ExtraUnsignedAssertionAfterSignedOne_RejectsAssertionCount()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signed = TestIdentityProvider.Assertion(document);
        document.DocumentElement!.AppendChild(XmlSurgery.MakeEvil(XmlSurgery.CloneWithoutSignature(signed)));

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.AssertionCount);
    }

    [Fact]
    public async Task ValidateAsync_ExtraUnsignedAssertionInSignedResponse_RejectsAssertionCount()
    {
        // Only the Response is signed, which is fine for its own Assertion, but not for one added afterwards.
        var document = _context.Pinned.SignedResponse(_context.Spec(), signAssertion: false, signResponse: true);
        var assertion = TestIdentityProvider.Assertion(document);
        document.DocumentElement!.AppendChild(XmlSurgery.MakeEvil((System.Xml.XmlElement)assertion.CloneNode(true)));

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.AssertionCount);
    }

    [Fact]
    public async Task ValidateAsync_SignedResponseWithSecondAssertionHiddenInExtensions_RejectsAssertionCount()
    {
        // Even when the IdP's own signature covers it, an Assertion anywhere but the one expected place is refused.
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        var assertion = TestIdentityProvider.Assertion(document);
        XmlSurgery.Extensions(document).AppendChild(XmlSurgery.MakeEvil((System.Xml.XmlElement)assertion.CloneNode(true)));
        _context.Pinned.Sign(document.DocumentElement!);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.AssertionCount);
    }

    [Fact]
    public async Task ValidateAsync_SignedAssertionInsideArtifactResponse_RejectsMessageType()
    {
        // A signed assertion lifted into another message type is not a Response to this SP.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var envelope = document.CreateElement("samlp", "ArtifactResponse", Saml2Constants.ProtocolNamespace);
        envelope.SetAttribute("ID", "_artifact000000000000000000000001");
        envelope.SetAttribute("Version", "2.0");
        var response = document.DocumentElement!;
        document.ReplaceChild(envelope, response);
        envelope.AppendChild(response);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.MessageType);
    }

    [Fact]
    public async Task ValidateAsync_SignedAssertionInsideLogoutRequest_RejectsMessageType()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var assertion = TestIdentityProvider.Assertion(document);
        var logout = document.CreateElement("samlp", "LogoutRequest", Saml2Constants.ProtocolNamespace);
        logout.SetAttribute("ID", "_logout00000000000000000000000001");
        logout.SetAttribute("Version", "2.0");
        logout.AppendChild(assertion);
        document.ReplaceChild(logout, document.DocumentElement!);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.MessageType);
    }
}
