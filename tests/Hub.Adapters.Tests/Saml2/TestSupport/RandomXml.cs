using System.Text;

namespace Hub.Adapters.Tests.Saml2.TestSupport;

/// <summary>
/// Random well-formed XML for the canonicaliser's differential tests: namespace declarations (with the default one
/// undeclared at times), elements and attributes in them, <c>xml:lang</c>, text with every character exclusive c14n
/// escapes, CDATA, comments and processing instructions.
/// </summary>
internal static class RandomXml
{
    private static readonly string[] Uris = ["urn:1", "urn:2", "urn:3"];
    private static readonly string[] Prefixes = ["p", "q", "r"];
    private static readonly string[] TextPieces = ["a", " ", "&amp;", "&lt;", "&gt;", "\"", "'", "&#xD;", "&#x9;", "\n", "日本", "&#x1F600;", "]"];
    private static readonly string[] ValuePieces = ["v", " ", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#xD;", "&#x9;", "&#xA;", "値"];

    /// <summary>A random well-formed document: declarations, undeclared defaults, qualified attributes, mixed content.</summary>
    public static string Document(Random random) => Element(random, new Dictionary<string, string>());

    /// <summary>A random element whose prefixes may also come from <paramref name="inScope"/> (prefix → namespace).</summary>
    public static string Element(Random random, IReadOnlyDictionary<string, string> inScope)
    {
        var builder = new StringBuilder();
        GeneratedElement(random, builder, inScope, depth: 0);
        return builder.ToString();
    }

    private static void GeneratedElement(Random random, StringBuilder builder, IReadOnlyDictionary<string, string> inScope, int depth)
    {
        var scope = new Dictionary<string, string>(inScope);
        var declarations = new StringBuilder();
        for (var d = random.Next(3); d > 0; d--)
        {
            var prefix = random.Next(4) == 0 ? string.Empty : Prefixes[random.Next(Prefixes.Length)];
            var uri = prefix.Length == 0 && random.Next(3) == 0 ? string.Empty : Uris[random.Next(Uris.Length)];
            if (declarations.ToString().Contains(prefix.Length == 0 ? " xmlns=" : $" xmlns:{prefix}=", StringComparison.Ordinal))
            {
                continue;
            }
            declarations.Append(prefix.Length == 0 ? " xmlns='" : $" xmlns:{prefix}='").Append(uri).Append('\'');
            scope[prefix] = uri;
        }
        var usable = scope.Keys.Where(p => p.Length > 0).ToList();
        var elementPrefix = usable.Count > 0 && random.Next(2) == 0 ? usable[random.Next(usable.Count)] + ":" : string.Empty;
        var name = elementPrefix + "E" + random.Next(3);
        builder.Append('<').Append(name).Append(declarations);
        var expandedNames = new HashSet<string>();
        for (var a = random.Next(4); a > 0; a--)
        {
            var local = "a" + random.Next(3);
            string qualified, expanded;
            switch (random.Next(5))
            {
                case 0 when usable.Count > 0:
                    var prefix = usable[random.Next(usable.Count)];
                    (qualified, expanded) = ($"{prefix}:{local}", $"{scope[prefix]}|{local}");
                    break;
                case 1:
                    (qualified, expanded) = ("xml:lang", "xml|lang");
                    break;
                default:
                    (qualified, expanded) = (local, "|" + local);
                    break;
            }
            if (!expandedNames.Add(expanded))
            {
                continue;
            }
            builder.Append(' ').Append(qualified).Append("='");
            for (var v = random.Next(4); v > 0; v--)
            {
                builder.Append(ValuePieces[random.Next(ValuePieces.Length)]);
            }
            builder.Append('\'');
        }
        builder.Append('>');
        for (var c = depth < 4 ? random.Next(5) : 0; c > 0; c--)
        {
            switch (random.Next(8))
            {
                case 0 or 1 or 2:
                    GeneratedElement(random, builder, scope, depth + 1);
                    break;
                case 3:
                    builder.Append("<![CDATA[x < y & z]]>");
                    break;
                case 4:
                    builder.Append("<!-- note -->");
                    break;
                case 5:
                    builder.Append("<?pi ").Append(random.Next(2) == 0 ? "data" : string.Empty).Append("?>");
                    break;
                default:
                    for (var t = random.Next(1, 4); t > 0; t--)
                    {
                        builder.Append(TextPieces[random.Next(TextPieces.Length)]);
                    }
                    break;
            }
        }
        builder.Append("</").Append(name).Append('>');
    }
}
