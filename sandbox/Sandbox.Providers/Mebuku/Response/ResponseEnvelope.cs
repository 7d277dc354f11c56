using System.Xml;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Response;

/// <summary>A samlp:Response to a validated request: ID, Destination, InResponseTo, Issuer and Status.</summary>
internal static class ResponseEnvelope
{
    public static XmlDocument Create(
        ValidatedAuthnRequest request, string responseId, string issuer, DateTimeOffset now,
        string statusCode, string? subStatusCode = null, string? statusMessage = null)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var response = document.CreateElement("samlp", "Response", SamlNames.Protocol);
        response.SetAttribute("xmlns:saml", SamlNames.Assertion);
        response.SetAttribute("ID", responseId);
        response.SetAttribute("Version", "2.0");
        response.SetAttribute("IssueInstant", SamlTime.Format(now));
        response.SetAttribute("Destination", request.AssertionConsumerServiceUrl);
        response.SetAttribute("InResponseTo", request.Id);
        document.AppendChild(response);

        var issuerElement = Saml(document, "Issuer", issuer);
        issuerElement.SetAttribute("Format", SamlNames.EntityNameId);
        response.AppendChild(issuerElement);

        var status = document.CreateElement("samlp", "Status", SamlNames.Protocol);
        var code = document.CreateElement("samlp", "StatusCode", SamlNames.Protocol);
        code.SetAttribute("Value", statusCode);
        if (subStatusCode is not null)
        {
            var sub = document.CreateElement("samlp", "StatusCode", SamlNames.Protocol);
            sub.SetAttribute("Value", subStatusCode);
            code.AppendChild(sub);
        }
        status.AppendChild(code);
        if (statusMessage is not null)
        {
            var message = document.CreateElement("samlp", "StatusMessage", SamlNames.Protocol);
            message.InnerText = statusMessage;
            status.AppendChild(message);
        }
        response.AppendChild(status);
        return document;
    }

    /// <summary>A saml: element with text content (escaped by the DOM).</summary>
    public static XmlElement Saml(XmlDocument document, string localName, string? text = null)
    {
        var element = document.CreateElement("saml", localName, SamlNames.Assertion);
        if (text is not null)
        {
            element.InnerText = text;
        }
        return element;
    }
}
