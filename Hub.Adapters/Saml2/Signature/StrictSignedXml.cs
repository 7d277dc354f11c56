using System.Security.Cryptography.Xml;
using System.Xml;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// <see cref="SignedXml"/> whose same-document references resolve only through the strict ID index: exactly one
/// element across ID/Id/id, or nothing. No resolver: no external reference can be fetched.
/// </summary>
internal sealed class StrictSignedXml : SignedXml
{
    private readonly XmlIdIndex _index;

    public StrictSignedXml(XmlElement signedElement, XmlIdIndex index)
        : base(signedElement)
    {
        _index = index;
        Resolver = null!;
        EcdsaSignatureDescription.EnsureRegistered();
    }

    public override XmlElement? GetIdElement(XmlDocument? document, string idValue) => _index.Find(idValue);
}
