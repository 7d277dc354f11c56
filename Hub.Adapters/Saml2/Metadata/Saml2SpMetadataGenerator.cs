using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Hub.Adapters.Saml2.Options;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Xml;
using Hub.TrustList.Common;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Saml2.Metadata;

/// <summary>
/// The hub's SP metadata (saml-metadata 2.0): one SPSSODescriptor with AuthnRequestsSigned and
/// WantAssertionsSigned, the signing certificate, a persistent NameIDFormat and the HTTP-POST ACS; enveloped-signed
/// with the SP key (RSA-SHA256, exc-c14n) and valid for <see cref="Saml2SpOptions.MetadataValidity"/>.
/// </summary>
public sealed class Saml2SpMetadataGenerator
{
    private const string Md = Saml2Constants.MetadataNamespace;
    private const string Ds = Saml2Constants.DsigNamespace;

    private readonly Saml2SpOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ISecureRandom _random;
    private readonly Lazy<X509Certificate2> _certificate;

    public Saml2SpMetadataGenerator(IOptions<Saml2SpOptions> options, TimeProvider timeProvider, ISecureRandom random)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
        _random = random;
        _certificate = new(() => Saml2SpCredential.Load(_options) is { Certificate: { } c }
            ? c
            : throw new InvalidOperationException("The SAML SP signing credential is not configured; see Saml2SpOptionsValidator."));
    }

    /// <summary>The signed metadata document as XML text.</summary>
    public string Generate()
    {
        var certificate = _certificate.Value;
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var root = document.CreateElement("md", "EntityDescriptor", Md);
        document.AppendChild(root);
        root.SetAttribute("entityID", _options.EntityId);
        root.SetAttribute("ID", "_" + Convert.ToHexStringLower(RandomBytes(16)));
        root.SetAttribute("validUntil", Saml2DateTime.Format(_timeProvider.GetUtcNow() + _options.MetadataValidity));

        var sp = Append(root, "SPSSODescriptor");
        sp.SetAttribute("AuthnRequestsSigned", "true");
        sp.SetAttribute("WantAssertionsSigned", "true");
        sp.SetAttribute("protocolSupportEnumeration", Saml2Constants.ProtocolNamespace);

        var keyDescriptor = Append(sp, "KeyDescriptor");
        keyDescriptor.SetAttribute("use", "signing");
        var x509 = keyDescriptor
            .AppendChild(document.CreateElement("ds", "KeyInfo", Ds))!
            .AppendChild(document.CreateElement("ds", "X509Data", Ds))!
            .AppendChild(document.CreateElement("ds", "X509Certificate", Ds))!;
        x509.InnerText = Convert.ToBase64String(certificate.RawData);

        Append(sp, "NameIDFormat").InnerText = Saml2Constants.PersistentNameIdFormat;
        var acs = Append(sp, "AssertionConsumerService");
        acs.SetAttribute("Binding", Saml2Constants.HttpPostBinding);
        acs.SetAttribute("Location", _options.AssertionConsumerServiceUrl);
        acs.SetAttribute("index", "0");
        acs.SetAttribute("isDefault", "true");

        Saml2XmlSigner.SignEnveloped(root, certificate);
        return document.OuterXml;
    }

    private static XmlElement Append(XmlElement parent, string localName)
        => (XmlElement)parent.AppendChild(parent.OwnerDocument.CreateElement("md", localName, Md))!;

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.Fill(bytes);
        return bytes;
    }
}
