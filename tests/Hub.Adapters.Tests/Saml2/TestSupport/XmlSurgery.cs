using System.Xml;
using Hub.Adapters.Saml2;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>What an attacker does to a captured Response: clone, strip signatures, change the subject, move elements.</summary>
internal static class XmlSurgery
{
    public const string Victim = "victim-0000000001";

    public static XmlElement CloneWithoutSignature(XmlElement element)
    {
        var clone = (XmlElement)element.CloneNode(deep: true);
        RemoveSignature(clone);
        return clone;
    }

    public static void RemoveSignature(XmlElement element)
    {
        if (TestIdentityProvider.SignatureOf(element) is { } signature)
        {
            element.RemoveChild(signature);
        }
    }

    /// <summary>Turns <paramref name="assertion"/> into the attacker's assertion for the victim.</summary>
    public static XmlElement MakeEvil(XmlElement assertion, string? newId = "_evilAssertion0000000000000000001")
    {
        TestIdentityProvider.NameId(assertion).InnerText = Victim;
        if (newId is not null)
        {
            assertion.SetAttribute("ID", newId);
        }
        return assertion;
    }

    public static XmlElement Extensions(XmlDocument document)
    {
        var extensions = document.CreateElement("samlp", "Extensions", Saml2Constants.ProtocolNamespace);
        var root = document.DocumentElement!;
        var status = root.ChildNodes.OfType<XmlElement>().First(e => e.LocalName == "Status");
        root.InsertBefore(extensions, status);
        return extensions;
    }
}
