using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Sandbox.Providers.Mebuku.Xml;

/// <summary>
/// Enveloped XML signatures as SAML wants them: one Reference to the element's ID, enveloped + exc-c14n
/// transforms, RSA-SHA256 with SHA-256 digests, and the certificate in KeyInfo (for information only: a relying
/// party verifies against the certificate it pinned).
/// </summary>
internal sealed class XmlSigner(RSA key, X509Certificate2 certificate)
{
    public X509Certificate2 Certificate => certificate;

    /// <summary>Signs <paramref name="element"/> (already in its document) and places the Signature after its saml:Issuer, or first.</summary>
    /// <param name="sha1">RSA-SHA1 with SHA-1 digests: only for <see cref="SandboxFaults.Sha1Signature"/>.</param>
    public void SignEnveloped(XmlElement element, string id, bool sha1 = false)
    {
        var document = element.OwnerDocument;
        var signedXml = new SignedXml(document) { SigningKey = key };
        signedXml.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signedXml.SignedInfo.SignatureMethod = sha1 ? SignedXml.XmlDsigRSASHA1Url : SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("#" + id) { DigestMethod = sha1 ? SignedXml.XmlDsigSHA1Url : SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        signedXml.KeyInfo = keyInfo;
        signedXml.ComputeSignature();

        var signature = document.ImportNode(signedXml.GetXml(), deep: true);
        var issuer = SafeXml.Child(element, SamlNames.Assertion, "Issuer");
        if (issuer is null)
        {
            element.PrependChild(signature);
        }
        else
        {
            element.InsertAfter(signature, issuer);
        }
    }
}
