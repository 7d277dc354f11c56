using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Xml;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Signature;

/// <summary>
/// The plain signature path (decision 0009): it must accept the shape providers send, and it must never accept what
/// SignedXml refuses. The differential cases change one thing in a signed Response each and compare both verdicts.
/// </summary>
public sealed class PlainSignatureVerifierTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public void Verify_RsaSignedAssertion_AcceptedWithoutSignedXml()
    {
        var assertion = TestIdentityProvider.Assertion(TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec())));

        Assert.True(Plain(assertion, _context.Pinned));
    }

    [Fact]
    public void Verify_EcdsaSignedAssertion_AcceptedWithoutSignedXml()
    {
        var assertion = TestIdentityProvider.Assertion(TestIdentityProvider.Reload(TestIdentityProvider.Ecdsa.SignedResponse(_context.Spec())));

        Assert.True(Plain(assertion, TestIdentityProvider.Ecdsa));
    }

    [Fact]
    public void Verify_SignedResponseAroundSignedAssertion_BothAcceptedWithoutSignedXml()
    {
        var document = TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec(), signAssertion: true, signResponse: true));

        Assert.True(Plain(document.DocumentElement!, _context.Pinned));
        Assert.True(Plain(TestIdentityProvider.Assertion(document), _context.Pinned));
    }

    [Fact]
    public void Verify_InclusiveNamespacesPrefixList_AcceptedWithoutSignedXml()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions
        {
            Transforms = () => [new XmlDsigEnvelopedSignatureTransform(), new XmlDsigExcC14NTransform(includeComments: false, "xs saml")],
        });
        var assertion = TestIdentityProvider.Assertion(TestIdentityProvider.Reload(document));

        Assert.True(Plain(assertion, _context.Pinned));
        Assert.Null(SignedXmlVerdict(assertion, _context.Pinned));
    }

    [Fact]
    public void Verify_WrongPinnedKey_NotAccepted()
    {
        var assertion = TestIdentityProvider.Assertion(TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec())));

        Assert.False(Plain(assertion, TestIdentityProvider.Attacker));
        Assert.False(Plain(assertion, TestIdentityProvider.Ecdsa));
    }

    [Fact]
    public void Verify_OtherTransformChain_LeftToSignedXmlWhichStillAccepts()
    {
        var document = TestIdentityProvider.BuildResponse(_context.Spec());
        _context.Pinned.Sign(TestIdentityProvider.Assertion(document), new SignOptions
        {
            Transforms = () => [new XmlDsigEnvelopedSignatureTransform()],
        });
        var assertion = TestIdentityProvider.Assertion(TestIdentityProvider.Reload(document));

        Assert.False(Plain(assertion, _context.Pinned));
        Assert.Null(Verify(assertion, _context.Pinned));
    }

    [Fact]
    public void Verify_SignatureWithObjectElement_LeftToSignedXml()
    {
        var document = TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec()));
        var assertion = TestIdentityProvider.Assertion(document);
        var signature = TestIdentityProvider.SignatureOf(assertion)!;
        signature.AppendChild(document.CreateElement("ds", "Object", Saml2Constants.DsigNamespace));

        Assert.False(Plain(assertion, _context.Pinned));
        Assert.Null(SignedXmlVerdict(assertion, _context.Pinned));
    }

    /// <summary>One change each to a signed Response, and whether it leaves the assertion's signature valid.</summary>
    public static TheoryData<string, bool> Changes() => new()
    {
        { "nothing", true },
        { "NameID text", false },
        { "an attribute value", false },
        { "the assertion's IssueInstant", false },
        { "an attribute added to the Subject", false },
        { "whitespace between elements", false },
        { "the Issuer's prefix, same namespace", false },
        { "a comment inside the NameID", true },
        { "a comment between elements", true },
        { "an unused namespace declared on the Response", true },
        { "an unused namespace declared on the assertion", true },
        { "the Response's namespace declarations moved onto the assertion", true },
        { "a default namespace declared on the Response", true },
        { "xml:lang on the Response", false }, // SignedXml digests it, exclusive c14n would not: left to SignedXml
        { "the DigestValue", false },
        { "the SignatureValue", false },
        { "the SignatureMethod", false },
        { "the enveloped-signature transform removed", false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Verify_OneChange_SameVerdictAsSignedXml(string change, bool stillValid)
    {
        var document = TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec()));
        Apply(change, document);
        document = TestIdentityProvider.Reload(document);
        var assertion = TestIdentityProvider.Assertion(document);

        var plain = Plain(assertion, _context.Pinned);
        var signedXml = SignedXmlVerdict(assertion, _context.Pinned) is null;

        Assert.Equal(stillValid, signedXml);
        Assert.Equal(stillValid, plain);
        Assert.Equal(stillValid, Verify(assertion, _context.Pinned) is null);
    }

    private static void Apply(string change, XmlDocument document)
    {
        var response = document.DocumentElement!;
        var assertion = TestIdentityProvider.Assertion(document);
        var signature = TestIdentityProvider.SignatureOf(assertion)!;
        var subject = Descendant(assertion, "Subject");
        switch (change)
        {
            case "nothing":
                break;
            case "NameID text":
                TestIdentityProvider.NameId(assertion).InnerText += "x";
                break;
            case "an attribute value":
                var value = Descendant(assertion, "AttributeValue");
                value.InnerText += "x";
                break;
            case "the assertion's IssueInstant":
                assertion.SetAttribute("IssueInstant", assertion.GetAttribute("IssueInstant").Replace('0', '1'));
                break;
            case "an attribute added to the Subject":
                subject.SetAttribute("Extra", "1");
                break;
            case "whitespace between elements":
                assertion.InsertBefore(document.CreateWhitespace("\n"), subject);
                break;
            case "the Issuer's prefix, same namespace":
                var issuer = Descendant(assertion, "Issuer");
                var renamed = document.CreateElement("other", issuer.LocalName, issuer.NamespaceURI);
                renamed.InnerText = issuer.InnerText;
                assertion.ReplaceChild(renamed, issuer);
                break;
            case "a comment inside the NameID":
                TestIdentityProvider.NameId(assertion).AppendChild(document.CreateComment("c"));
                break;
            case "a comment between elements":
                assertion.InsertBefore(document.CreateComment("c"), subject);
                break;
            case "an unused namespace declared on the Response":
                response.SetAttribute("xmlns:unused", "urn:example:unused");
                break;
            case "an unused namespace declared on the assertion":
                assertion.SetAttribute("xmlns:unused", "urn:example:unused");
                break;
            case "the Response's namespace declarations moved onto the assertion":
                foreach (var declaration in response.Attributes.Cast<XmlAttribute>().Where(a => a.Prefix == "xmlns").ToList())
                {
                    assertion.SetAttribute(declaration.Name, declaration.Value);
                }
                break;
            case "a default namespace declared on the Response":
                response.SetAttribute("xmlns", "urn:example:default");
                break;
            case "xml:lang on the Response":
                var lang = document.CreateAttribute("xml", "lang", "http://www.w3.org/XML/1998/namespace");
                lang.Value = "ja";
                response.SetAttributeNode(lang);
                break;
            case "the DigestValue":
                Flip(Descendant(signature, "DigestValue"));
                break;
            case "the SignatureValue":
                Flip(Descendant(signature, "SignatureValue"));
                break;
            case "the SignatureMethod":
                Descendant(signature, "SignatureMethod").SetAttribute("Algorithm", Saml2Algorithms.RsaSha512);
                break;
            case "the enveloped-signature transform removed":
                var transform = Descendant(signature, "Transform");
                transform.ParentNode!.RemoveChild(transform);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }

    private static XmlElement Descendant(XmlElement root, string localName)
        => root.GetElementsByTagName("*").Cast<XmlElement>().First(e => e.LocalName == localName);

    /// <summary>Changes the first base64 character to another valid one.</summary>
    private static void Flip(XmlElement element)
    {
        var text = element.InnerText.Trim();
        element.InnerText = (text[0] == 'A' ? 'B' : 'A') + text[1..];
    }

    private static bool Plain(XmlElement element, TestIdentityProvider pinned)
        => PlainSignatureVerifier.Verify(element, TestIdentityProvider.SignatureOf(element)!, Keys(pinned));

    private static Hub.Adapters.Abstractions.AdapterError? SignedXmlVerdict(XmlElement element, TestIdentityProvider pinned)
        => EnvelopedSignatureVerifier.CheckWithSignedXml(element, TestIdentityProvider.SignatureOf(element)!, Index(element), Keys(pinned));

    private static Hub.Adapters.Abstractions.AdapterError? Verify(XmlElement element, TestIdentityProvider pinned)
        => EnvelopedSignatureVerifier.Verify(element, TestIdentityProvider.SignatureOf(element)!, Index(element), Keys(pinned));

    private static XmlIdIndex Index(XmlElement element) => ResultAssert.Success(XmlIdIndex.Build(element.OwnerDocument));

    private static IReadOnlyList<PinnedKey> Keys(TestIdentityProvider pinned) => PinnedSigningKeys.FromBase64Der([pinned.CertificateBase64]);
}
