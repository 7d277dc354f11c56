using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Xml;

/// <summary>
/// Every element of a document by the values of its <c>ID</c>, <c>Id</c> and <c>id</c> attributes (no namespace),
/// built once after loading. A value carried by two different elements makes the whole document invalid: a
/// signature reference must resolve to exactly one element, whatever attribute spelling an attacker picks.
/// </summary>
internal sealed class XmlIdIndex
{
    private static readonly string[] IdAttributeNames = ["ID", "Id", "id"];

    private readonly Dictionary<string, XmlElement> _byId;

    private XmlIdIndex(Dictionary<string, XmlElement> byId) => _byId = byId;

    public static Result<XmlIdIndex, AdapterError> Build(XmlDocument document)
    {
        var byId = new Dictionary<string, XmlElement>(StringComparer.Ordinal);
        foreach (var element in XmlNav.DescendantsAndSelf(document.DocumentElement!))
        {
            foreach (var name in IdAttributeNames)
            {
                var attribute = element.Attributes[name, string.Empty];
                if (attribute is null)
                {
                    continue;
                }
                if (byId.TryGetValue(attribute.Value, out var existing) && !ReferenceEquals(existing, element))
                {
                    return Saml2Error.Reject(Saml2ErrorCodes.XmlDuplicateId,
                        "Two elements carry the same ID/Id/id value; the document is ambiguous.");
                }
                byId[attribute.Value] = element;
            }
        }
        return Result<XmlIdIndex, AdapterError>.Ok(new XmlIdIndex(byId));
    }

    /// <summary>The one element carrying <paramref name="id"/>, or null.</summary>
    public XmlElement? Find(string id) => _byId.GetValueOrDefault(id);
}
