using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Xml;

/// <summary>
/// Comment, CDATA and processing-instruction injection (the 2018 "first text node" bugs). The IdP signed the
/// attacker's own account <c>user@evil.com.example.jp</c>; the attacker splits the text after
/// <c>user@evil.com</c> (the victim). Exclusive C14N drops comments and renders CDATA as text, so those
/// signatures stay valid and the full text must come out; a PI is canonicalised, so the signature breaks.
/// </summary>
public sealed class TextInjectionTests
{
    private const string AttackerAccount = "user@evil.com.example.jp";
    private const string AttributeName = "urn:mebuku:attribute:email";

    private readonly SamlTestContext _context = new();

    [Theory]
    [InlineData("user@evil.com<!---->.example.jp")]
    [InlineData("user@evil.com<!-- victim -->.example.jp")]
    public async Task ValidateAsync_CommentInjectedInNameId_ReturnsFullSignedText(string injected)
    {
        var document = SignedWithAttackerAccount();
        TestIdentityProvider.NameId(TestIdentityProvider.Assertion(document)).InnerXml = injected;

        var valid = ResultAssert.Success(await _context.ValidateAsync(document));

        Assert.Equal(AttackerAccount, valid.Value.Subject!.NameId);
    }

    [Fact]
    public async Task ValidateAsync_CdataInjectedInNameId_ReturnsFullSignedText()
    {
        var document = SignedWithAttackerAccount();
        TestIdentityProvider.NameId(TestIdentityProvider.Assertion(document)).InnerXml = "user@evil.com<![CDATA[.example.jp]]>";

        var valid = ResultAssert.Success(await _context.ValidateAsync(document));

        Assert.Equal(AttackerAccount, valid.Value.Subject!.NameId);
    }

    [Fact]
    public async Task ValidateAsync_ProcessingInstructionInjectedInNameId_RejectsSignatureInvalid()
    {
        var document = SignedWithAttackerAccount();
        TestIdentityProvider.NameId(TestIdentityProvider.Assertion(document)).InnerXml = "user@evil.com<?evil truncate?>.example.jp";

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureInvalid);
    }

    [Fact]
    public async Task ValidateAsync_ProcessingInstructionSignedByIdpInNameId_ReturnsFullText()
    {
        var spec = AttackerSpec();
        spec.NameIdXml = "user@evil.com<?evil truncate?>.example.jp";

        var valid = ResultAssert.Success(await _context.ValidateAsync(_context.Pinned.SignedResponse(spec)));

        Assert.Equal(AttackerAccount, valid.Value.Subject!.NameId);
    }

    [Fact]
    public async Task ValidateAsync_CommentInjectedInAttributeValue_ReturnsFullSignedText()
    {
        var document = SignedWithAttackerAccount();
        AttributeValue(document).InnerXml = "user@evil.com<!---->.example.jp";

        var valid = ResultAssert.Success(await _context.ValidateAsync(document));

        Assert.Equal([AttackerAccount], valid.Value.Attributes[AttributeName]);
    }

    [Fact]
    public async Task ValidateAsync_CdataInjectedInAttributeValue_ReturnsFullSignedText()
    {
        var document = SignedWithAttackerAccount();
        AttributeValue(document).InnerXml = "<![CDATA[user@evil.com]]>.example.jp";

        var valid = ResultAssert.Success(await _context.ValidateAsync(document));

        Assert.Equal([AttackerAccount], valid.Value.Attributes[AttributeName]);
    }

    [Fact]
    public async Task ValidateAsync_ProcessingInstructionInjectedInAttributeValue_RejectsSignatureInvalid()
    {
        var document = SignedWithAttackerAccount();
        AttributeValue(document).InnerXml = "user@evil.com<?evil?>.example.jp";

        ResultAssert.Rejected(await _context.ValidateAsync(document), Saml2ErrorCodes.SignatureInvalid);
    }

    private ResponseSpec AttackerSpec()
    {
        var spec = _context.Spec();
        spec.NameIdXml = AttackerAccount;
        spec.Attributes[AttributeName] = [AttackerAccount];
        return spec;
    }

    private XmlDocument SignedWithAttackerAccount() => _context.Pinned.SignedResponse(AttackerSpec());

    private static XmlElement AttributeValue(XmlDocument document)
        => document.GetElementsByTagName("Attribute", Saml2Constants.AssertionNamespace).OfType<XmlElement>()
            .Single(a => a.GetAttribute("Name") == AttributeName)
            .ChildNodes.OfType<XmlElement>().Single();
}
