using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Signature;

/// <summary>
/// The hub's exclusive canonicaliser (decision 0010) against .NET's <see cref="XmlDsigExcC14NTransform"/>, the
/// oracle: byte for byte the same canonical form for the signed SAML messages the hub reads, for hand-written
/// namespace, escaping and node-kind cases, and for a few thousand generated documents with every element as the apex.
/// </summary>
public sealed class ExclusiveCanonicalizerTests
{
    private readonly SamlTestContext _context = new();

    [Fact]
    public void Canonicalize_SignedResponse_SameAsDotNetForAssertionResponseAndSignedInfo()
    {
        var document = TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec(), signAssertion: true, signResponse: true));
        var assertion = TestIdentityProvider.Assertion(document);
        var signature = TestIdentityProvider.SignatureOf(assertion)!;
        var signedInfo = (XmlElement)signature.FirstChild!;

        AssertSame(assertion, signature, prefixList: null);
        AssertSame(document.DocumentElement!, TestIdentityProvider.SignatureOf(document.DocumentElement!), prefixList: null);
        AssertSame(signedInfo, excluded: null, prefixList: null);
        AssertSame(assertion, signature, prefixList: "xs saml #default");
    }

    [Fact]
    public void Digest_SignedAssertion_IsTheDigestTheIdentityProviderSigned()
    {
        var document = TestIdentityProvider.Reload(_context.Pinned.SignedResponse(_context.Spec()));
        var assertion = TestIdentityProvider.Assertion(document);
        var signature = TestIdentityProvider.SignatureOf(assertion)!;
        var digestValue = signature.GetElementsByTagName("DigestValue", Hub.Adapters.Saml2.Saml2Constants.DsigNamespace)[0]!.InnerText;

        var digest = ExclusiveCanonicalizer.Digest(assertion, signature, prefixList: null, HashAlgorithmName.SHA256);

        Assert.Equal(Convert.FromBase64String(digestValue), digest);
    }

    public static TheoryData<string, string, string?> Cases() => new()
    {
        // name, document (the apex is the element with id="apex"), PrefixList
        { "prefix declared on an ancestor", "<r xmlns:a='urn:a'><a:e id='apex'><a:f/></a:e></r>", null },
        { "unused prefixes dropped", "<r xmlns:a='urn:a' xmlns:b='urn:b'><e id='apex' xmlns:c='urn:c'><f xmlns:d='urn:d'/></e></r>", null },
        { "default namespace from an ancestor", "<r xmlns='urn:d'><e id='apex'><f/></e></r>", null },
        { "default namespace undeclared below", "<r xmlns='urn:d'><e id='apex'><f xmlns=''><g/></f></e></r>", null },
        { "empty default at the top is not rendered", "<r><e id='apex' xmlns=''><f/></e></r>", null },
        { "prefix redeclared with another value", "<a:r xmlns:a='urn:a' id='apex'><a:e xmlns:a='urn:b'><a:f xmlns:a='urn:a'/></a:e></a:r>", null },
        { "prefix redeclared with the same value", "<a:r xmlns:a='urn:a' id='apex'><a:e xmlns:a='urn:a'/></a:r>", null },
        { "prefix first used below", "<r xmlns:a='urn:a' id='apex'><e><f a:x='1'/></e></r>", null },
        { "attribute order by namespace then name", "<r xmlns:b='urn:a' xmlns:a='urn:b' id='apex' z='1' b:y='2' a:x='3' b:a='4' a='5'/>", null },
        { "namespace order by prefix", "<r xmlns:z='urn:z' xmlns:m='urn:m' xmlns='urn:d' id='apex'><z:e m:x='1'/></r>", null },
        { "xml:lang kept on the apex, not from an ancestor", "<r xml:lang='ja'><e id='apex' xml:space='preserve'><f xml:lang='en'/></e></r>", null },
        { "text escaping", "<r id='apex'>a &amp; b &lt; c &gt; d \" ' &#xD; &#x9;\n e</r>", null },
        { "attribute escaping", "<r id='apex' v='a &amp; &lt; &gt; &quot; &#x9; &#xA; &#xD; x'/>", null },
        { "CDATA becomes text", "<r id='apex'><![CDATA[a < b & c > d]]></r>", null },
        { "comments dropped, processing instructions kept", "<r id='apex'><!-- c --><?pi data here?><?empty?>t<!--d--></r>", null },
        { "whitespace kept", "<r id='apex'>\n  <e>  </e>\n\t<f/>\n</r>", null },
        { "non-ASCII text and names", "<r id='apex' 名前='値'>前橋 😀</r>", null },
        { "PrefixList renders unused in-scope prefixes", "<r xmlns:xs='urn:xs' xmlns:u='urn:u'><e id='apex'><f/></e></r>", "xs" },
        { "PrefixList #default", "<r xmlns='urn:d'><a:e xmlns:a='urn:a' id='apex'><a:f/></a:e></r>", "#default" },
        { "PrefixList prefix declared below", "<r id='apex'><e xmlns:xs='urn:xs'><f xmlns:xs='urn:xs'/><g xmlns:xs='urn:other'/></e></r>", "xs" },
        { "PrefixList prefix not in scope", "<r id='apex'><e/></r>", "xs #default" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Canonicalize_Case_SameAsDotNet(string name, string xml, string? prefixList)
    {
        _ = name;
        var document = Parse(xml);
        var apex = document.SelectSingleNode("//*[@id='apex']") as XmlElement ?? throw new InvalidOperationException(xml);

        AssertSame(apex, excluded: null, prefixList);
        foreach (var child in apex.ChildNodes.OfType<XmlElement>())
        {
            AssertSame(apex, child, prefixList);
        }
    }

    [Fact]
    public void Canonicalize_GeneratedDocuments_SameAsDotNetForEveryApex()
    {
        var random = new Random(20261207);
        var compared = 0;
        for (var i = 0; i < 1500; i++)
        {
            var document = Parse(RandomXml.Document(random));
            string?[] prefixLists = [null, "p", "#default q", "p q r #default"];
            foreach (var apex in document.DocumentElement!.SelectNodes("descendant-or-self::*")!.Cast<XmlElement>())
            {
                var prefixList = prefixLists[random.Next(prefixLists.Length)];
                var children = apex.ChildNodes.OfType<XmlElement>().ToList();
                var excluded = children.Count > 0 && random.Next(2) == 0 ? children[random.Next(children.Count)] : null;
                AssertSame(apex, excluded, prefixList);
                compared++;
            }
        }
        Assert.True(compared > 3000, $"only {compared} comparisons");
    }

    [Fact]
    public void Canonicalize_ManyPrefixesDeclaredUsedAndRedeclared_SameAsDotNet()
    {
        var xml = new StringBuilder("<r");
        for (var i = 0; i < 400; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $" xmlns:p{i}='urn:{i}'");
        }
        xml.Append("><e id='apex'");
        for (var i = 0; i < 400; i += 2)
        {
            xml.Append(CultureInfo.InvariantCulture, $" p{i}:a='{i}'");
        }
        xml.Append("><f");
        for (var i = 0; i < 400; i += 3)
        {
            xml.Append(CultureInfo.InvariantCulture, $" xmlns:p{i}='urn:other:{i}' p{i}:b='{i}'");
        }
        xml.Append("><g p0:c='0' p2:c='2' p3:c='3'/></f><h p0:d='0' p3:d='3'/></e></r>");
        var document = Parse(xml.ToString());
        var apex = (XmlElement)document.DocumentElement!.FirstChild!;

        AssertSame(apex, excluded: null, prefixList: null);
        AssertSame(apex, excluded: null, prefixList: "p1 p3 p5 #default");
    }

    [Fact]
    public void Canonicalize_ExcludedNodeNotAChildOfTheApex_Null()
    {
        var document = Parse("<r id='apex'><e><f/></e></r>");
        var grandchild = document.DocumentElement!.FirstChild!.FirstChild!;

        Assert.Null(ExclusiveCanonicalizer.Canonicalize(document.DocumentElement!, grandchild, prefixList: null));
    }

    [Fact]
    public void Canonicalize_EntityReference_Null()
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml("<r id='apex'/>");
        document.DocumentElement!.AppendChild(document.CreateEntityReference("ent"));

        Assert.Null(ExclusiveCanonicalizer.Canonicalize(document.DocumentElement!, excluded: null, prefixList: null));
    }

    [Fact]
    public void Digest_LoneSurrogateInText_Null()
    {
        var document = Parse("<r id='apex'/>");
        document.DocumentElement!.AppendChild(document.CreateTextNode("a\uD800b"));

        Assert.Null(ExclusiveCanonicalizer.Digest(document.DocumentElement!, excluded: null, prefixList: null, HashAlgorithmName.SHA256));
    }

    private static void AssertSame(XmlElement apex, XmlNode? excluded, string? prefixList)
    {
        var expected = DotNet(apex, excluded, prefixList);
        var actual = ExclusiveCanonicalizer.Canonicalize(apex, excluded, prefixList);
        Assert.Equal(expected, actual);
        Assert.Equal(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            ExclusiveCanonicalizer.Digest(apex, excluded, prefixList, HashAlgorithmName.SHA256));
    }

    /// <summary>
    /// The oracle: the element copied into a document of its own with the namespace declarations of its ancestors,
    /// the excluded child removed, and .NET's exclusive canonicaliser run over it.
    /// </summary>
    private static string DotNet(XmlElement element, XmlNode? excluded, string? prefixList)
    {
        var copy = new XmlDocument { PreserveWhitespace = true };
        var apex = (XmlElement)copy.ImportNode(element, deep: true);
        copy.AppendChild(apex);
        if (excluded is not null)
        {
            var position = element.ChildNodes.Cast<XmlNode>().TakeWhile(child => !ReferenceEquals(child, excluded)).Count();
            apex.RemoveChild(apex.ChildNodes[position]!);
        }
        for (var node = element.ParentNode; node is XmlElement ancestor; node = ancestor.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                if (attribute.NamespaceURI == "http://www.w3.org/2000/xmlns/" && !apex.HasAttribute(attribute.Name))
                {
                    apex.SetAttributeNode((XmlAttribute)copy.ImportNode(attribute, deep: true));
                }
            }
        }
        var transform = new XmlDsigExcC14NTransform(includeComments: false, prefixList);
        transform.LoadInput(copy);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        using var reader = new StreamReader(output, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static XmlDocument Parse(string xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        return document;
    }
}
