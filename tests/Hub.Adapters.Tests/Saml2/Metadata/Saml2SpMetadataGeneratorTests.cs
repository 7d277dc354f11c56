using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Metadata;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Xml;
using Hub.Adapters.Tests.Saml2.TestSupport;
using Hub.TrustList.Common;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Adapters.Tests.Saml2.Metadata;

public sealed class Saml2SpMetadataGeneratorTests
{
    private const string Md = Saml2Constants.MetadataNamespace;

    private readonly FakeTimeProvider _time = new(SamlTestContext.Start);

    [Fact]
    public void Generate_Default_DescribesSignedSpWithPostAcs()
    {
        var root = Load(Generator().Generate());

        Assert.Equal(SamlTestContext.SpEntityId, root.GetAttribute("entityID"));
        Assert.Equal("2026-03-08T09:00:00.000Z", root.GetAttribute("validUntil"));
        var sp = Single(root, "SPSSODescriptor");
        Assert.Equal("true", sp.GetAttribute("AuthnRequestsSigned"));
        Assert.Equal("true", sp.GetAttribute("WantAssertionsSigned"));
        Assert.Equal("signing", Single(sp, "KeyDescriptor").GetAttribute("use"));
        Assert.Equal(Convert.ToBase64String(SandboxKeys.SpCertificate.RawData),
            root.GetElementsByTagName("X509Certificate", Saml2Constants.DsigNamespace)[0]!.InnerText);
        Assert.Equal(Saml2Constants.PersistentNameIdFormat, Single(sp, "NameIDFormat").InnerText);
        var acs = Single(sp, "AssertionConsumerService");
        Assert.Equal(Saml2Constants.HttpPostBinding, acs.GetAttribute("Binding"));
        Assert.Equal(SamlTestContext.AcsUrl, acs.GetAttribute("Location"));
    }

    [Fact]
    public void Generate_Default_SignatureVerifiesWithSpCertificate()
    {
        var root = Load(Generator().Generate());
        var signature = TestIdentityProvider.SignatureOf(root)!;
        Assert.Same(root.FirstChild, signature);

        var signedXml = new SignedXml(root.OwnerDocument);
        signedXml.LoadXml(signature);
        Assert.Equal(Saml2Algorithms.RsaSha256, signedXml.SignatureMethod);
        Assert.True(signedXml.CheckSignature(SandboxKeys.SpCertificate.GetRSAPublicKey()!));

        var index = ResultAssert.Success(XmlIdIndex.Build(root.OwnerDocument));
        Assert.Null(EnvelopedSignatureVerifier.Verify(root, signature, index, [PinnedKey.FromCertificate(SandboxKeys.SpCertificate)!]));
    }

    [Fact]
    public void Generate_AcsLocationTampered_SignatureFails()
    {
        var root = Load(Generator().Generate());
        Single(Single(root, "SPSSODescriptor"), "AssertionConsumerService").SetAttribute("Location", "https://evil.test/acs");
        var index = ResultAssert.Success(XmlIdIndex.Build(root.OwnerDocument));

        var error = EnvelopedSignatureVerifier.Verify(root, TestIdentityProvider.SignatureOf(root)!, index, [PinnedKey.FromCertificate(SandboxKeys.SpCertificate)!]);

        Assert.Equal(Saml2ErrorCodes.SignatureInvalid, error?.Code);
    }

    private Saml2SpMetadataGenerator Generator()
        => new(Microsoft.Extensions.Options.Options.Create(SandboxKeys.SpOptions()), _time, SystemSecureRandom.Instance);

    private static XmlElement Load(string xml) => ResultAssert.Success(Saml2SafeXml.Load(xml)).DocumentElement!;

    private static XmlElement Single(XmlElement parent, string localName)
        => parent.ChildNodes.OfType<XmlElement>().Single(e => e.LocalName == localName && e.NamespaceURI == Md);
}
