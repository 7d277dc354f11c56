using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Signature;

/// <summary>
/// Attacks on the signature itself: removal, a key of the attacker's own in KeyInfo, weak or symmetric
/// algorithms, dangerous transforms, and references that point anywhere but the signed element.
/// </summary>
public sealed class SignatureAttackTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public async Task ValidateAsync_AssertionSignatureRemoved_RejectsSignatureMissing()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        XmlSurgery.RemoveSignature(TestIdentityProvider.Assertion(document));

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureMissing);
    }

    [Fact]
    public async Task ValidateAsync_ResponseSignatureRemovedAndAssertionUnsigned_RejectsSignatureMissing()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec(), signAssertion: false, signResponse: true);
        XmlSurgery.RemoveSignature(document.DocumentElement!);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureMissing);
    }

    [Fact]
    public async Task ValidateAsync_SignedContentAltered_RejectsSignatureInvalid()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        TestIdentityProvider.NameId(TestIdentityProvider.Assertion(document)).InnerText = XmlSurgery.Victim;

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureInvalid);
    }

    [Fact]
    public async Task ValidateAsync_AttackerKeyWithItsCertificateInKeyInfo_RejectsSignatureInvalid()
    {
        // The attacker re-signs an altered assertion and ships a matching certificate (even with the IdP's
        // subject name) in KeyInfo. Only the pinned certificate counts.
        var spec = _context.Spec();
        spec.NameIdXml = XmlSurgery.Victim;
        var document = TestIdentityProvider.Attacker.SignedResponse(spec);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureInvalid);
    }

    [Fact]
    public async Task ValidateAsync_PinnedSignatureWithAttackerCertificateInKeyInfo_SucceedsBecauseKeyInfoIsIgnored()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var x509Certificate = (XmlElement)TestIdentityProvider.SignatureOf(TestIdentityProvider.Assertion(document))!
            .GetElementsByTagName("X509Certificate", Saml2Constants.DsigNamespace)[0]!;
        x509Certificate.InnerText = TestIdentityProvider.Attacker.CertificateBase64;

        ResultAssert.Success(await _context.ValidateAsync(document));
    }

    [Fact]
    public async Task ValidateAsync_HmacSignatureKeyedWithPublicCertificate_RejectsSignatureAlgorithm()
    {
        // The classic key-confusion attack: HMAC keyed with the (public) pinned certificate bytes.
        var spec = _context.Spec();
        spec.NameIdXml = XmlSurgery.Victim;
        var document = TestIdentityProvider.BuildResponse(spec);
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions { HmacKey = _context.Pinned.Certificate.RawData });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureAlgorithm);
    }

    [Fact]
    public async Task ValidateAsync_RsaSha1SignatureMethod_RejectsSignatureAlgorithm()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions { SignatureMethod = SignedXml.XmlDsigRSASHA1Url });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureAlgorithm);
    }

    [Fact]
    public async Task ValidateAsync_Sha1DigestMethod_RejectsSignatureAlgorithm()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions { DigestMethod = SignedXml.XmlDsigSHA1Url });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureAlgorithm);
    }

    [Fact]
    public async Task ValidateAsync_XsltTransform_RejectsSignatureTransform()
    {
        // A validly signed assertion whose reference runs an XSLT stylesheet (code execution, DoS).
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions
        {
            Transforms = () => [new XmlDsigEnvelopedSignatureTransform(), IdentityXslt()],
        });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureTransform);
    }

    [Fact]
    public async Task ValidateAsync_XPathTransform_RejectsSignatureTransform()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var transforms = TestIdentityProvider.SignatureOf(TestIdentityProvider.Assertion(document))!
            .GetElementsByTagName("Transforms", Saml2Constants.DsigNamespace)[0]!;
        var xpath = document.CreateElement("ds", "Transform", Saml2Constants.DsigNamespace);
        xpath.SetAttribute("Algorithm", SignedXml.XmlDsigXPathTransformUrl);
        transforms.AppendChild(xpath);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureTransform);
    }

    [Fact]
    public async Task ValidateAsync_InclusiveC14NCanonicalization_RejectsSignatureTransform()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions { Canonicalization = SignedXml.XmlDsigC14NTransformUrl });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureTransform);
    }

    [Fact]
    public async Task ValidateAsync_ExclusiveC14NWithCommentsTransform_RejectsSignatureTransform()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions
        {
            Transforms = () => [new XmlDsigEnvelopedSignatureTransform(), new XmlDsigExcC14NWithCommentsTransform()],
        });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureTransform);
    }

    [Fact]
    public async Task ValidateAsync_ExclusiveC14NWithInclusiveNamespaces_Succeeds()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions
        {
            Transforms = () => [new XmlDsigEnvelopedSignatureTransform(), new XmlDsigExcC14NTransform("saml xs")],
        });

        ResultAssert.Success(await _context.ValidateAsync(document));
    }

    [Fact]
    public async Task ValidateAsync_EmptyReferenceUri_RejectsSignatureReference()
    {
        // URI="" signs the whole document, which says nothing about which assertion is meant.
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions { ReferenceUris = [string.Empty] });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_TwoReferences_RejectsSignatureReference()
    {
        var spec = _context.Spec();
        var document = TestIdentityProvider.BuildResponse(spec);
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions
        {
            ReferenceUris = ["#" + spec.AssertionId, "#" + spec.AssertionId],
        });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_AssertionSignatureReferencingResponse_RejectsSignatureReference()
    {
        var spec = _context.Spec();
        var document = TestIdentityProvider.BuildResponse(spec);
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions { ReferenceUris = ["#" + spec.ResponseId] });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_XPointerReference_RejectsSignatureReference()
    {
        var spec = _context.Spec();
        var document = TestIdentityProvider.BuildResponse(spec);
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions { ReferenceUris = ["#xpointer(/)"] });

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureReference);
    }

    [Fact]
    public async Task ValidateAsync_DuplicateIdElsewhere_RejectsDuplicateId()
    {
        var spec = _context.Spec();
        var document = _context.Pinned.SignedResponse(spec);
        var decoy = document.CreateElement("decoy");
        decoy.SetAttribute("ID", spec.AssertionId);
        XmlSurgery.Extensions(document).AppendChild(decoy);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.XmlDuplicateId);
    }

    [Fact]
    public async Task ValidateAsync_LowerCaseIdCarryingAssertionId_RejectsDuplicateId()
    {
        // A lenient lookup (ID, Id or id: SignedXml's default) could find this element instead of the assertion.
        var spec = _context.Spec();
        var document = _context.Pinned.SignedResponse(spec);
        var decoy = document.CreateElement("decoy");
        decoy.SetAttribute("id", spec.AssertionId);
        document.DocumentElement!.InsertBefore(decoy, document.DocumentElement.FirstChild);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.XmlDuplicateId);
    }

    [Fact]
    public async Task ValidateAsync_TwoSignaturesOnAssertion_RejectsSignatureMultiple()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var assertion = TestIdentityProvider.Assertion(document);
        var signature = TestIdentityProvider.SignatureOf(assertion)!;
        assertion.InsertAfter(signature.CloneNode(true), signature);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureMultiple);
    }

    [Fact]
    public async Task ValidateAsync_ValidAssertionSignatureButForgedResponseSignature_RejectsSignatureInvalid()
    {
        // When both carry a signature, both must verify: a bad one is never silently skipped.
        var document = _context.Pinned.SignedResponse(_context.Spec());
        TestIdentityProvider.Attacker.Sign(document.DocumentElement!);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureInvalid);
    }

    private static XmlDsigXsltTransform IdentityXslt()
    {
        var stylesheet = new XmlDocument();
        stylesheet.LoadXml("<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"><xsl:template match=\"/\"><xsl:copy-of select=\".\"/></xsl:template></xsl:stylesheet>");
        var transform = new XmlDsigXsltTransform();
        transform.LoadInnerXml(stylesheet.ChildNodes);
        return transform;
    }
}
