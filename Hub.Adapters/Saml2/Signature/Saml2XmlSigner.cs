using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// Signs a SAML element in place with an enveloped signature: one Reference to the element's <c>ID</c>,
/// enveloped-signature + exc-c14n transforms, exc-c14n canonicalization, and the certificate in KeyInfo (for the
/// peer's convenience only: the hub itself never trusts KeyInfo). Used for the hub's SP metadata and by the sandbox
/// IdP for its Responses.
/// </summary>
public static class Saml2XmlSigner
{
    /// <param name="element">The element to sign; it must carry an <c>ID</c> attribute.</param>
    /// <param name="certificate">A certificate with its RSA or ECDSA private key.</param>
    /// <param name="insertAfter">The child after which the Signature goes (the Issuer, per the schema), or null for first child.</param>
    public static void SignEnveloped(
        XmlElement element,
        X509Certificate2 certificate,
        XmlElement? insertAfter = null,
        string? signatureMethod = null,
        string digestMethod = Saml2Algorithms.Sha256)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(certificate);
        var id = element.GetAttribute("ID");
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException("The element to sign has no ID attribute.", nameof(element));
        }
        AsymmetricAlgorithm key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey()
            ?? throw new ArgumentException("The certificate has no RSA or ECDSA private key.", nameof(certificate));
        EcdsaSignatureDescription.EnsureRegistered();

        var signedXml = new IdSignedXml(element) { SigningKey = key };
        signedXml.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signedXml.SignedInfo.SignatureMethod = signatureMethod ?? (key is ECDsa ? Saml2Algorithms.EcdsaSha256 : Saml2Algorithms.RsaSha256);
        var reference = new Reference("#" + id) { DigestMethod = digestMethod };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        signedXml.KeyInfo = keyInfo;
        signedXml.ComputeSignature();

        var signature = (XmlElement)element.OwnerDocument.ImportNode(signedXml.GetXml(), deep: true);
        if (insertAfter is null)
        {
            element.PrependChild(signature);
        }
        else
        {
            element.InsertAfter(signature, insertAfter);
        }
    }

    /// <summary>Resolves the reference to the element being signed, whatever document it sits in.</summary>
    private sealed class IdSignedXml : SignedXml
    {
        private readonly XmlElement _element;

        public IdSignedXml(XmlElement element)
            : base(element) => _element = element;

        public override XmlElement? GetIdElement(XmlDocument? document, string idValue)
            => _element.GetAttribute("ID") == idValue ? _element : base.GetIdElement(document, idValue);
    }
}
