using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;
using Hub.Adapters.Saml2.Xml;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Reading;

/// <summary>
/// Reads a saml:Assertion from the exact element whose signature was verified. Every text value is the element's
/// full text content (<see cref="XmlTextContent"/>). Only a malformed time is an error here; the rules judge the rest.
/// </summary>
internal static class Saml2AssertionReader
{
    private const string A = Saml2Constants.AssertionNamespace;

    public static Result<Saml2Assertion, AdapterError> Read(XmlElement assertion)
    {
        try
        {
            var issuer = assertion.FirstChild("Issuer", A);
            var subject = assertion.FirstChild("Subject", A);
            var conditions = assertion.FirstChild("Conditions", A);
            return Result<Saml2Assertion, AdapterError>.Ok(new Saml2Assertion(
                assertion.AttributeOrNull("ID"),
                assertion.AttributeOrNull("Version"),
                issuer is null ? null : XmlTextContent.UriOf(issuer),
                subject is null ? null : ReadSubject(subject),
                conditions is null ? null : ReadConditions(conditions),
                assertion.ChildElements("AuthnStatement", A).Select(ReadAuthnStatement).ToList(),
                Saml2AttributeReader.Read(assertion)));
        }
        catch (MalformedTimeException e)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.XmlMalformed, $"{e.Message} is not a valid xs:dateTime.");
        }
    }

    private static Saml2Subject ReadSubject(XmlElement subject)
    {
        var nameId = subject.FirstChild("NameID", A);
        var confirmations = subject.ChildElements("SubjectConfirmation", A).Select(c =>
        {
            var data = c.FirstChild("SubjectConfirmationData", A);
            return new Saml2SubjectConfirmation(
                c.AttributeOrNull("Method"),
                data?.AttributeOrNull("Recipient"),
                data?.AttributeOrNull("InResponseTo"),
                Time(data, "NotBefore"),
                Time(data, "NotOnOrAfter"));
        }).ToList();
        return new Saml2Subject(nameId is null ? null : XmlTextContent.Of(nameId), nameId?.AttributeOrNull("Format"), confirmations);
    }

    private static Saml2Conditions ReadConditions(XmlElement conditions)
        => new(
            Time(conditions, "NotBefore"),
            Time(conditions, "NotOnOrAfter"),
            conditions.ChildElements("AudienceRestriction", A)
                .Select(r => (IReadOnlyList<string>)r.ChildElements("Audience", A).Select(XmlTextContent.UriOf).ToList())
                .ToList());

    private static Saml2AuthnStatement ReadAuthnStatement(XmlElement statement)
    {
        var classRef = statement.FirstChild("AuthnContext", A)?.FirstChild("AuthnContextClassRef", A);
        return new Saml2AuthnStatement(
            Time(statement, "AuthnInstant"),
            Time(statement, "SessionNotOnOrAfter"),
            classRef is null ? null : XmlTextContent.UriOf(classRef));
    }

    private static DateTimeOffset? Time(XmlElement? element, string attribute)
    {
        var text = element?.AttributeOrNull(attribute);
        if (text is null)
        {
            return null;
        }
        return Saml2DateTime.TryParse(text, out var value) ? value : throw new MalformedTimeException($"{element!.LocalName}/@{attribute}");
    }

    private sealed class MalformedTimeException(string field) : Exception(field);
}
