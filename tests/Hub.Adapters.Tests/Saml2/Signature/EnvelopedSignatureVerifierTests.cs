using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Xml;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Signature;

public sealed class EnvelopedSignatureVerifierTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public void Verify_ValidSignature_LeavesDocumentExactlyAsReceived()
    {
        // KeyInfo is detached while SignedXml reads the Signature; it must be back in place afterwards, since an
        // enclosing Response signature covers it.
        var document = TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec(), signAssertion: true, signResponse: true));
        var before = document.OuterXml;
        var assertion = TestIdentityProvider.Assertion(document);

        Assert.Null(Verify(assertion));
        Assert.Equal(before, document.OuterXml);
        Assert.Null(Verify(document.DocumentElement!));
    }

    [Fact]
    public void Verify_ManyCertificatesInKeyInfo_StillVerifiesWithPinnedKey()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var x509Data = (XmlElement)TestIdentityProvider.SignatureOf(TestIdentityProvider.Assertion(document))!
            .GetElementsByTagName("X509Data", Saml2Constants.DsigNamespace)[0]!;
        for (var i = 0; i < 50; i++)
        {
            x509Data.AppendChild(x509Data.FirstChild!.CloneNode(true));
        }
        document = TestIdentityProvider.Reload(document);

        Assert.Null(Verify(TestIdentityProvider.Assertion(document)));
    }

    [Fact]
    public void Verify_TwoKeyInfos_RejectsSignatureInvalid()
    {
        var document = _context.Pinned.SignedResponse(_context.Spec());
        var signature = TestIdentityProvider.SignatureOf(TestIdentityProvider.Assertion(document))!;
        var keyInfo = signature.GetElementsByTagName("KeyInfo", Saml2Constants.DsigNamespace)[0]!;
        signature.AppendChild(keyInfo.CloneNode(true));
        document = TestIdentityProvider.Reload(document);

        Assert.Equal(Saml2ErrorCodes.SignatureInvalid, Verify(TestIdentityProvider.Assertion(document))?.Code);
    }

    [Fact]
    public void Verify_NoPinnedKey_RejectsSignatureInvalid()
    {
        var document = TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec()));
        var assertion = TestIdentityProvider.Assertion(document);
        var index = ResultAssert.Success(XmlIdIndex.Build(document));

        var error = EnvelopedSignatureVerifier.Verify(assertion, TestIdentityProvider.SignatureOf(assertion)!, index, []);

        Assert.Equal(Saml2ErrorCodes.SignatureInvalid, error?.Code);
    }

    [Fact]
    public void Verify_EcdsaSignatureWithRsaPin_RejectsSignatureInvalid()
    {
        var document = TestIdentityProvider.Reload(TestIdentityProvider.Ecdsa.SignedResponse(_context.Spec()));

        Assert.Equal(Saml2ErrorCodes.SignatureInvalid, Verify(TestIdentityProvider.Assertion(document))?.Code);
    }

    private Hub.Adapters.Abstractions.AdapterError? Verify(XmlElement element)
    {
        var index = ResultAssert.Success(XmlIdIndex.Build(element.OwnerDocument));
        return EnvelopedSignatureVerifier.Verify(element, TestIdentityProvider.SignatureOf(element)!, index,
            PinnedSigningKeys.FromBase64Der([_context.Pinned.CertificateBase64]));
    }
}
