using System.Text;
using System.Xml;

namespace Hub.Adapters.Saml2.Xml;

/// <summary>
/// The full text content of an element: every text, CDATA and whitespace descendant concatenated, comments and
/// processing instructions skipped. Reading only the first text node is how comment injection truncates a NameID
/// (<c>user@evil.com&lt;!----&gt;.example.jp</c> must stay <c>user@evil.com.example.jp</c>).
/// </summary>
internal static class XmlTextContent
{
    public static string Of(XmlElement element)
    {
        // Fast path: the common single text child.
        if (element.FirstChild is { NodeType: XmlNodeType.Text } only && only.NextSibling is null)
        {
            return only.Value ?? string.Empty;
        }
        var builder = new StringBuilder();
        var stack = new Stack<XmlNode>();
        stack.Push(element);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    builder.Append(node.Value);
                    break;
                case XmlNodeType.Element:
                    for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }
                    break;
                default:
                    break; // comments, processing instructions
            }
        }
        return builder.ToString();
    }

    /// <summary>For xs:anyURI values (Issuer, Audience, class refs), whose whitespace facet is "collapse".</summary>
    public static string UriOf(XmlElement element) => Of(element).Trim();
}
