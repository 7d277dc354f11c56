using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;

namespace Sandbox.Providers.Tests.Support;

/// <summary>Reads what the IdP sends, and checks XML signatures against a pinned certificate (never KeyInfo).</summary>
internal static class SamlXml
{
    public static XmlDocument Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        document.Load(reader);
        return document;
    }

    public static XmlDocument FromBase64(string samlResponse) => Load(Encoding.UTF8.GetString(Convert.FromBase64String(samlResponse)));

    public static XmlNamespaceManager Namespaces(XmlDocument document)
    {
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("samlp", "urn:oasis:names:tc:SAML:2.0:protocol");
        ns.AddNamespace("saml", "urn:oasis:names:tc:SAML:2.0:assertion");
        ns.AddNamespace("md", "urn:oasis:names:tc:SAML:2.0:metadata");
        ns.AddNamespace("ds", SignedXml.XmlDsigNamespaceUrl);
        return ns;
    }

    public static string? Value(XmlDocument document, string xpath) => document.SelectSingleNode(xpath, Namespaces(document))?.Value
        ?? document.SelectSingleNode(xpath, Namespaces(document))?.InnerText;

    /// <summary>
    /// True when <paramref name="signed"/> carries exactly one enveloped signature whose single Reference points at its
    /// own ID and which verifies with the pinned certificate's key.
    /// </summary>
    public static bool HasValidEnvelopedSignature(XmlElement signed, X509Certificate2 pinned)
    {
        var signatures = signed.ChildNodes.OfType<XmlElement>()
            .Where(e => e.LocalName == "Signature" && e.NamespaceURI == SignedXml.XmlDsigNamespaceUrl).ToList();
        if (signatures.Count != 1)
        {
            return false;
        }
        var signedXml = new SignedXml(signed.OwnerDocument);
        signedXml.LoadXml(signatures[0]);
        if (signedXml.SignedInfo!.References.Count != 1
            || ((Reference)signedXml.SignedInfo.References[0]!).Uri != "#" + signed.GetAttribute("ID")
            || signedXml.SignatureMethod != SignedXml.XmlDsigRSASHA256Url)
        {
            return false;
        }
        using var key = pinned.GetRSAPublicKey()!;
        return signedXml.CheckSignature(key);
    }

    public static X509Certificate2 MebukuCertificate() => X509Certificate2.CreateFromPem(TestKeys.Read("mebuku-idp.crt.pem"));
}
