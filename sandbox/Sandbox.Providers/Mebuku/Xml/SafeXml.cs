using System.Xml;

namespace Sandbox.Providers.Mebuku.Xml;

/// <summary>XML parsing with no DTD (so no XXE and no entity expansion), no resolver and a size cap.</summary>
internal static class SafeXml
{
    public static XmlDocument? TryLoad(string text, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 0,
        };
        var document = new XmlDocument { XmlResolver = null, PreserveWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document.Load(reader);
            return document;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>An element's whole text (every text and CDATA node), so a comment cannot truncate it.</summary>
    public static string? TextOf(XmlElement? element) => element?.InnerText;

    public static XmlElement? Child(XmlElement parent, string ns, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.NamespaceURI == ns && e.LocalName == localName);

    public static IEnumerable<XmlElement> Children(XmlElement parent, string ns, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().Where(e => e.NamespaceURI == ns && e.LocalName == localName);

    public static string? Attribute(XmlElement element, string name) =>
        element.HasAttribute(name) ? element.GetAttribute(name) : null;
}
