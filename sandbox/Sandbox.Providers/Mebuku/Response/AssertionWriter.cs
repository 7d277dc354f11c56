using System.Xml;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Xml;
using static Sandbox.Providers.Mebuku.Response.ResponseEnvelope;

namespace Sandbox.Providers.Mebuku.Response;

/// <summary>
/// The one Assertion of a successful Response: Issuer, Subject (persistent NameID = the Mebuku user number, bearer
/// confirmation), Conditions with the SP as audience, AuthnStatement and AttributeStatement.
/// </summary>
internal static class AssertionWriter
{
    public static XmlElement Append(
        XmlDocument document, ValidatedAuthnRequest request, MebukuResident resident, string assertionId,
        string sessionIndex, string issuer, DateTimeOffset now, TimeSpan lifetime, string? audienceOverride = null)
    {
        var notOnOrAfter = SamlTime.Format(now + lifetime);
        var assertion = Saml(document, "Assertion");
        assertion.SetAttribute("ID", assertionId);
        assertion.SetAttribute("Version", "2.0");
        assertion.SetAttribute("IssueInstant", SamlTime.Format(now));
        document.DocumentElement!.AppendChild(assertion);

        var issuerElement = Saml(document, "Issuer", issuer);
        issuerElement.SetAttribute("Format", SamlNames.EntityNameId);
        assertion.AppendChild(issuerElement);

        var subject = Saml(document, "Subject");
        var nameId = Saml(document, "NameID", resident.UserNumber);
        nameId.SetAttribute("Format", SamlNames.PersistentNameId);
        nameId.SetAttribute("NameQualifier", issuer);
        nameId.SetAttribute("SPNameQualifier", request.SpEntityId);
        subject.AppendChild(nameId);
        var confirmation = Saml(document, "SubjectConfirmation");
        confirmation.SetAttribute("Method", SamlNames.BearerConfirmation);
        var data = Saml(document, "SubjectConfirmationData");
        data.SetAttribute("NotOnOrAfter", notOnOrAfter);
        data.SetAttribute("Recipient", request.AssertionConsumerServiceUrl);
        data.SetAttribute("InResponseTo", request.Id);
        confirmation.AppendChild(data);
        subject.AppendChild(confirmation);
        assertion.AppendChild(subject);

        var conditions = Saml(document, "Conditions");
        conditions.SetAttribute("NotBefore", SamlTime.Format(now));
        conditions.SetAttribute("NotOnOrAfter", notOnOrAfter);
        var restriction = Saml(document, "AudienceRestriction");
        restriction.AppendChild(Saml(document, "Audience", audienceOverride ?? request.SpEntityId));
        conditions.AppendChild(restriction);
        assertion.AppendChild(conditions);

        var authn = Saml(document, "AuthnStatement");
        authn.SetAttribute("AuthnInstant", SamlTime.Format(now));
        authn.SetAttribute("SessionIndex", sessionIndex);
        var context = Saml(document, "AuthnContext");
        context.AppendChild(Saml(document, "AuthnContextClassRef", resident.AuthnContextClassRef));
        authn.AppendChild(context);
        assertion.AppendChild(authn);

        assertion.AppendChild(Attributes(document, resident));
        return assertion;
    }

    private static XmlElement Attributes(XmlDocument document, MebukuResident resident)
    {
        var statement = Saml(document, "AttributeStatement");
        var values = resident.Attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        foreach (var (name, friendlyName) in MebukuAttributes.All)
        {
            if (values[name].Length == 0)
            {
                continue; // a value the resident does not have (or a fault withholds) is not sent
            }
            var attribute = Saml(document, "Attribute");
            attribute.SetAttribute("Name", name);
            attribute.SetAttribute("NameFormat", MebukuAttributes.NameFormat);
            attribute.SetAttribute("FriendlyName", friendlyName);
            attribute.AppendChild(Saml(document, "AttributeValue", values[name]));
            statement.AppendChild(attribute);
        }
        return statement;
    }
}
