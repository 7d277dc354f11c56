using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// Exclusive XML Canonicalization 1.0 without comments (W3C xml-exc-c14n, with an InclusiveNamespaces PrefixList)
/// of one element and its descendants, as a same-document reference sees them, hashed straight from the parsed
/// document: no copy, no re-parse (docs/decisions/0010-own-exclusive-canonicaliser.md).
/// <list type="bullet">
/// <item>Namespace nodes: a prefix the element or one of its attributes uses is rendered where its value differs
/// from the nearest rendered one (the default namespace's empty value counts as rendered at the top); a prefix of
/// the PrefixList is rendered where it is declared (at the apex: where it is in scope) under the same rule. Sorted by
/// prefix, the default first. The <c>xml</c> prefix is never rendered.</item>
/// <item>Attributes sorted by namespace URI, then local name (ordinal); values escaped as the spec says
/// (<c>&amp; &lt; " #x9 #xA #xD</c>).</item>
/// <item>Text (and CDATA, whitespace) escaped (<c>&amp; &lt; &gt; #xD</c>); comments dropped; processing
/// instructions kept; empty elements written with an end tag.</item>
/// </list>
/// Anything it was not written for (an entity reference, a DOCTYPE, a string that is not valid UTF-16, an excluded
/// node that is not a child of the apex) yields null: the caller then leaves the decision to SignedXml.
/// </summary>
internal sealed class ExclusiveCanonicalizer
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XmlPrefix = "xml";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StringBuilder _output = new(4096);
    // The namespace value rendered in scope per prefix, and how to restore the outer one when an element ends: lookups
    // stay constant-time however many declarations a hostile message carries.
    private readonly Dictionary<string, string> _rendered = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string? Outer)> _restore = [];
    private readonly HashSet<string> _inclusivePrefixes;
    private readonly XmlNode? _excluded;

    private ExclusiveCanonicalizer(string? prefixList, XmlNode? excluded)
    {
        _inclusivePrefixes = ParsePrefixList(prefixList);
        _excluded = excluded;
    }

    /// <summary>
    /// The hash of the canonical form of <paramref name="apex"/> without <paramref name="excluded"/> (one of its
    /// children: the enveloped Signature), or null when the input is outside what this canonicaliser handles.
    /// </summary>
    public static byte[]? Digest(XmlElement apex, XmlNode? excluded, string? prefixList, HashAlgorithmName hash)
    {
        if (Canonicalize(apex, excluded, prefixList) is not { } text)
        {
            return null;
        }
        byte[]? rented = null;
        try
        {
            var length = StrictUtf8.GetMaxByteCount(text.Length);
            Span<byte> buffer = length <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(length));
            var written = StrictUtf8.GetBytes(text, buffer);
            return CryptographicOperations.HashData(hash, buffer[..written]);
        }
        catch (EncoderFallbackException)
        {
            return null; // a lone surrogate: no canonical form to compare
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The canonical form as text (UTF-8 encoding is the only step left), or null.</summary>
    public static string? Canonicalize(XmlElement apex, XmlNode? excluded, string? prefixList)
    {
        if (excluded is not null && !ReferenceEquals(excluded.ParentNode, apex))
        {
            return null;
        }
        var canonicalizer = new ExclusiveCanonicalizer(prefixList, excluded);
        return canonicalizer.Element(apex, isApex: true) ? canonicalizer._output.ToString() : null;
    }

    private bool Element(XmlElement element, bool isApex)
    {
        var mark = _restore.Count;
        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var attributes = new List<XmlAttribute>();
        foreach (XmlAttribute attribute in element.Attributes)
        {
            if (attribute.NamespaceURI == XmlnsNamespace)
            {
                var declared = attribute.Prefix.Length == 0 ? string.Empty : attribute.LocalName;
                if (_inclusivePrefixes.Contains(declared))
                {
                    Consider(namespaces, declared, attribute.Value);
                }
                continue;
            }
            attributes.Add(attribute);
        }
        if (isApex && _inclusivePrefixes.Count > 0)
        {
            InScopeFromAncestors(element, namespaces);
        }
        Consider(namespaces, element.Prefix, element.NamespaceURI);
        foreach (var attribute in attributes)
        {
            if (attribute.Prefix.Length > 0)
            {
                Consider(namespaces, attribute.Prefix, attribute.NamespaceURI);
            }
        }
        var prefixes = namespaces.Keys.ToArray();
        Array.Sort(prefixes, StringComparer.Ordinal);
        attributes.Sort(static (a, b) => string.CompareOrdinal(a.NamespaceURI, b.NamespaceURI) is var byUri and not 0
            ? byUri
            : string.CompareOrdinal(a.LocalName, b.LocalName));

        _output.Append('<').Append(element.Name);
        foreach (var prefix in prefixes)
        {
            var uri = namespaces[prefix];
            _output.Append(" xmlns");
            if (prefix.Length > 0)
            {
                _output.Append(':').Append(prefix);
            }
            _output.Append("=\"");
            AppendEscaped(uri, attributeValue: true);
            _output.Append('"');
            _restore.Add((prefix, _rendered.GetValueOrDefault(prefix)));
            _rendered[prefix] = uri;
        }
        foreach (var attribute in attributes)
        {
            _output.Append(' ').Append(attribute.Name).Append("=\"");
            AppendEscaped(attribute.Value, attributeValue: true);
            _output.Append('"');
        }
        _output.Append('>');
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (!Child(child))
            {
                return false;
            }
        }
        _output.Append("</").Append(element.Name).Append('>');
        for (var i = _restore.Count - 1; i >= mark; i--)
        {
            if (_restore[i].Outer is { } outer)
            {
                _rendered[_restore[i].Prefix] = outer;
            }
            else
            {
                _rendered.Remove(_restore[i].Prefix);
            }
        }
        _restore.RemoveRange(mark, _restore.Count - mark);
        return true;
    }

    private bool Child(XmlNode child)
    {
        switch (child)
        {
            case XmlElement element:
                return ReferenceEquals(element, _excluded) || Element(element, isApex: false);
            case XmlText or XmlWhitespace or XmlSignificantWhitespace or XmlCDataSection:
                AppendEscaped(child.Value ?? string.Empty, attributeValue: false);
                return true;
            case XmlComment:
                return true;
            case XmlProcessingInstruction instruction:
                _output.Append("<?").Append(instruction.Name);
                if (instruction.Value is { Length: > 0 } data)
                {
                    _output.Append(' ').Append(data);
                }
                _output.Append("?>");
                return true;
            default:
                return false; // entity references and anything else a safe SAML load does not produce
        }
    }

    /// <summary>At the apex, the PrefixList's prefixes in scope from declarations on its ancestors (innermost wins).</summary>
    private void InScopeFromAncestors(XmlElement apex, Dictionary<string, string> namespaces)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (XmlAttribute own in apex.Attributes)
        {
            if (own.NamespaceURI == XmlnsNamespace)
            {
                seen.Add(own.Prefix.Length == 0 ? string.Empty : own.LocalName);
            }
        }
        for (var node = apex.ParentNode; node is XmlElement ancestor; node = ancestor.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                if (attribute.NamespaceURI != XmlnsNamespace)
                {
                    continue;
                }
                var declared = attribute.Prefix.Length == 0 ? string.Empty : attribute.LocalName;
                if (seen.Add(declared) && _inclusivePrefixes.Contains(declared))
                {
                    Consider(namespaces, declared, attribute.Value);
                }
            }
        }
    }

    /// <summary>Adds a namespace node to render unless it is already listed or already rendered with this value.</summary>
    private void Consider(Dictionary<string, string> namespaces, string prefix, string uri)
    {
        if (prefix == XmlPrefix || namespaces.ContainsKey(prefix))
        {
            return;
        }
        var rendered = _rendered.GetValueOrDefault(prefix);
        // Nothing rendered yet stands for the empty default namespace: xmlns="" at the top is redundant.
        if (rendered == uri || (rendered is null && prefix.Length == 0 && uri.Length == 0))
        {
            return;
        }
        namespaces.Add(prefix, uri);
    }

    private void AppendEscaped(string text, bool attributeValue)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' when !attributeValue => "&gt;",
                '"' when attributeValue => "&quot;",
                '\t' when attributeValue => "&#x9;",
                '\n' when attributeValue => "&#xA;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (replacement is not null)
            {
                _output.Append(text, start, i - start).Append(replacement);
                start = i + 1;
            }
        }
        _output.Append(text, start, text.Length - start);
    }

    /// <summary>The PrefixList's whitespace-separated tokens; <c>#default</c> names the default namespace.</summary>
    private static HashSet<string> ParsePrefixList(string? prefixList)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in (prefixList ?? string.Empty).Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            prefixes.Add(token == "#default" ? string.Empty : token);
        }
        return prefixes;
    }
}
