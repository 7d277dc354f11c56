using System.Xml;

namespace Hub.Adapters.Saml2.Xml;

/// <summary>Small, allocation-light navigation helpers over direct children (never XPath over the document).</summary>
internal static class XmlNav
{
    public static IEnumerable<XmlElement> ChildElements(this XmlElement parent)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is XmlElement element)
            {
                yield return element;
            }
        }
    }

    public static IEnumerable<XmlElement> ChildElements(this XmlElement parent, string localName, string namespaceUri)
        => parent.ChildElements().Where(e => e.LocalName == localName && e.NamespaceURI == namespaceUri);

    public static XmlElement? FirstChild(this XmlElement parent, string localName, string namespaceUri)
        => parent.ChildElements(localName, namespaceUri).FirstOrDefault();

    public static bool Is(this XmlElement element, string localName, string namespaceUri)
        => element.LocalName == localName && element.NamespaceURI == namespaceUri;

    /// <summary>The attribute value (no namespace), or null when absent.</summary>
    public static string? AttributeOrNull(this XmlElement element, string name)
        => element.Attributes[name, string.Empty]?.Value;

    /// <summary>Document order, iterative.</summary>
    public static IEnumerable<XmlElement> DescendantsAndSelf(XmlElement root)
    {
        var stack = new Stack<XmlElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child is XmlElement childElement)
                {
                    stack.Push(childElement);
                }
            }
        }
    }

    public static IEnumerable<XmlElement> Descendants(XmlElement root, string localName, string namespaceUri)
        => DescendantsAndSelf(root).Where(e => !ReferenceEquals(e, root) && e.Is(localName, namespaceUri));
}
