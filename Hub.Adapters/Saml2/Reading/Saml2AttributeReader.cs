using System.Xml;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Adapters.Saml2.Reading;

/// <summary>
/// Attribute Name -> every AttributeValue's full text, across all AttributeStatements (values of repeated names are
/// merged in order). Nil values are skipped. EncryptedAttribute is not supported and is ignored.
/// </summary>
internal static class Saml2AttributeReader
{
    private const string A = Saml2Constants.AssertionNamespace;
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(XmlElement assertion)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var statement in assertion.ChildElements("AttributeStatement", A))
        {
            foreach (var attribute in statement.ChildElements("Attribute", A))
            {
                var name = attribute.AttributeOrNull("Name");
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }
                if (!result.TryGetValue(name, out var values))
                {
                    result[name] = values = [];
                }
                foreach (var value in attribute.ChildElements("AttributeValue", A))
                {
                    if (value.GetAttribute("nil", Xsi) is "true" or "1")
                    {
                        continue;
                    }
                    values.Add(XmlTextContent.Of(value));
                }
            }
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }
}
