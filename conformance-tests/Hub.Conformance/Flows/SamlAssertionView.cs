using System.Xml;
using Hub.Adapters.Saml2;
using Hub.Adapters.Saml2.Xml;

namespace Hub.Conformance.Flows;

/// <summary>
/// The suite's own reading of the assertions in a posted Response (IDs and times), whatever the hub's verdict: a
/// provider's reuse of IDs or over-long windows is judged on every assertion it issued.
/// </summary>
internal sealed record SamlAssertionView(string Id, DateTimeOffset? IssueInstant, IReadOnlyList<DateTimeOffset> NotOnOrAfter)
{
    public static IReadOnlyList<SamlAssertionView> Read(string responseXml)
    {
        var loaded = Saml2SafeXml.Load(responseXml);
        if (!loaded.IsSuccess)
        {
            return [];
        }
        return loaded.Value.GetElementsByTagName("Assertion", Saml2Constants.AssertionNamespace).OfType<XmlElement>()
            .Select(a => new SamlAssertionView(
                a.GetAttribute("ID"),
                Instant(a.GetAttribute("IssueInstant")),
                a.GetElementsByTagName("Conditions", Saml2Constants.AssertionNamespace).OfType<XmlElement>()
                    .Concat(a.GetElementsByTagName("SubjectConfirmationData", Saml2Constants.AssertionNamespace).OfType<XmlElement>())
                    .Select(e => Instant(e.GetAttribute("NotOnOrAfter"))).OfType<DateTimeOffset>().ToList()))
            .ToList();
    }

    private static DateTimeOffset? Instant(string text) => Saml2DateTime.TryParse(text, out var value) ? value : null;
}
