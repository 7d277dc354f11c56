using System.Xml;
using Hub.TrustList.Common;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Metadata;

/// <summary>
/// Signed IdP metadata: EntityDescriptor with one IDPSSODescriptor (signing certificate, persistent NameID,
/// the HTTP-Redirect SSO endpoint and the attributes Mebuku sends). Valid for a week from the time it is served.
/// </summary>
internal sealed class IdpMetadataWriter(XmlSigner signer, TimeProvider time, ISecureRandom random)
{
    public string Write(string entityId, string ssoUrl)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var id = SamlIds.New(random);
        var root = Md(document, "EntityDescriptor");
        root.SetAttribute("xmlns:saml", SamlNames.Assertion);
        root.SetAttribute("ID", id);
        root.SetAttribute("entityID", entityId);
        root.SetAttribute("validUntil", SamlTime.Format(time.GetUtcNow().AddDays(7)));
        document.AppendChild(root);

        var idp = Md(document, "IDPSSODescriptor");
        idp.SetAttribute("protocolSupportEnumeration", SamlNames.Protocol);
        idp.SetAttribute("WantAuthnRequestsSigned", "true");
        root.AppendChild(idp);

        var keyDescriptor = Md(document, "KeyDescriptor");
        keyDescriptor.SetAttribute("use", "signing");
        var keyInfo = document.CreateElement("ds", "KeyInfo", SamlNames.XmlDsig);
        var x509Data = document.CreateElement("ds", "X509Data", SamlNames.XmlDsig);
        var certificate = document.CreateElement("ds", "X509Certificate", SamlNames.XmlDsig);
        certificate.InnerText = Convert.ToBase64String(signer.Certificate.RawData);
        x509Data.AppendChild(certificate);
        keyInfo.AppendChild(x509Data);
        keyDescriptor.AppendChild(keyInfo);
        idp.AppendChild(keyDescriptor);

        var nameIdFormat = Md(document, "NameIDFormat");
        nameIdFormat.InnerText = SamlNames.PersistentNameId;
        idp.AppendChild(nameIdFormat);

        var sso = Md(document, "SingleSignOnService");
        sso.SetAttribute("Binding", SamlNames.HttpRedirectBinding);
        sso.SetAttribute("Location", ssoUrl);
        idp.AppendChild(sso);

        foreach (var (name, friendlyName) in MebukuAttributes.All)
        {
            var attribute = document.CreateElement("saml", "Attribute", SamlNames.Assertion);
            attribute.SetAttribute("Name", name);
            attribute.SetAttribute("NameFormat", MebukuAttributes.NameFormat);
            attribute.SetAttribute("FriendlyName", friendlyName);
            idp.AppendChild(attribute);
        }

        signer.SignEnveloped(root, id);
        return document.OuterXml;
    }

    private static XmlElement Md(XmlDocument document, string localName) =>
        document.CreateElement("md", localName, SamlNames.Metadata);
}
