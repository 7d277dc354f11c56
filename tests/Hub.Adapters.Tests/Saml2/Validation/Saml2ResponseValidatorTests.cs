using Hub.Adapters.Saml2;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Validation;

/// <summary>The positive paths (signed Assertion, signed Response, both, ECDSA, SHA-512) and envelope structure.</summary>
public sealed class Saml2ResponseValidatorTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public async Task ValidateAsync_SignedAssertion_ReturnsAssertionFromSignedElement()
    {
        var spec = _context.Spec();
        var valid = ResultAssert.Success(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)));

        var assertion = valid.Value;
        Assert.Equal(spec.AssertionId, assertion.Id);
        Assert.Equal("mebuku-7f3c9a12e4b0", assertion.Subject!.NameId);
        Assert.Equal("urn:jp:regional-id:loa:B", assertion.AuthnStatements[0].AuthnContextClassRef);
        Assert.Equal(SamlTestContext.Start.AddSeconds(-30), assertion.AuthnStatements[0].AuthnInstant);
        Assert.Equal(["前橋 太郎"], assertion.Attributes["urn:mebuku:attribute:name"]);
        Assert.Equal(["jpki", "face"], assertion.Attributes["urn:mebuku:attribute:amr"]);
    }

    [Fact]
    public async Task ValidateAsync_SignedResponseUnsignedAssertion_Succeeds()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec(), signAssertion: false, signResponse: true);

        ResultAssert.Success(await _context.ValidateAsync(document));
    }

    [Fact]
    public async Task ValidateAsync_ResponseAndAssertionBothSigned_Succeeds()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec(), signAssertion: true, signResponse: true);

        ResultAssert.Success(await _context.ValidateAsync(document));
    }

    [Fact]
    public async Task ValidateAsync_EcdsaSignedAssertion_Succeeds()
    {
        var context = new SamlTestContext(TestIdentityProvider.Ecdsa);

        ResultAssert.Success(await context.ValidateAsync(TestIdentityProvider.Ecdsa.SignedResponse(context.Spec())));
    }

    [Fact]
    public async Task ValidateAsync_Sha512SignatureAndDigest_Succeeds()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions
        {
            SignatureMethod = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
            DigestMethod = "http://www.w3.org/2001/04/xmlenc#sha512",
        });

        ResultAssert.Success(await _context.ValidateAsync(document));
    }

    [Fact]
    public async Task ValidateAsync_NoResponseIssuer_Succeeds()
    {
        var spec = _context.Spec();
        spec.ResponseIssuer = null;

        ResultAssert.Success(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)));
    }

    [Fact]
    public async Task ValidateAsync_InvalidResponseFirst_DoesNotBurnAssertionId()
    {
        var spec = _context.Spec();
        var valid = _context.Pinned.SignedResponse(spec).OuterXml;
        spec.Audience = "https://other-sp.test/saml2";
        ResultAssert.Rejected(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)), Saml2ErrorCodes.Audience);

        ResultAssert.Success(await _context.ValidateAsync(valid));
    }

    [Fact]
    public async Task ValidateAsync_MalformedTime_RejectsMalformed()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        var conditions = (System.Xml.XmlElement)document.GetElementsByTagName("Conditions", Saml2Constants.AssertionNamespace)[0]!;
        conditions.SetAttribute("NotOnOrAfter", "tomorrow");
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document));

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.XmlMalformed);
    }

    [Fact]
    public async Task ValidateAsync_EncryptedAssertion_RejectsEncrypted()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec(), signAssertion: false, signResponse: true);
        var assertion = TestIdentityProvider.Assertion(document);
        var encrypted = document.CreateElement("saml", "EncryptedAssertion", Saml2Constants.AssertionNamespace);
        document.DocumentElement!.ReplaceChild(encrypted, assertion);

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.AssertionEncrypted);
    }

    [Fact]
    public async Task ValidateAsync_NoAssertion_RejectsCount()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        document.DocumentElement!.RemoveChild(TestIdentityProvider.Assertion(document));

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.AssertionCount);
    }
}
