using System.Xml;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Saml2.Model;
using Hub.Adapters.Saml2.Xml;
using Hub.TrustList.Common;

namespace Hub.Adapters.Saml2.Reading;

/// <summary>Reads the samlp:Response envelope (attributes, Issuer, Status). Nothing here is trusted yet.</summary>
internal static class Saml2ResponseReader
{
    private const string P = Saml2Constants.ProtocolNamespace;
    private const string A = Saml2Constants.AssertionNamespace;

    public static Result<Saml2Response, AdapterError> Read(XmlElement root)
    {
        if (!root.Is("Response", P))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.MessageType,
                $"Expected a samlp:Response, got <{root.LocalName}> in '{root.NamespaceURI}'.");
        }
        var issuers = root.ChildElements("Issuer", A).ToList();
        if (issuers.Count > 1)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Issuer, "The Response has more than one Issuer.");
        }
        var statuses = root.ChildElements("Status", P).ToList();
        if (statuses.Count != 1)
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Status, "The Response must have exactly one Status.");
        }
        var topCode = statuses[0].FirstChild("StatusCode", P);
        var subCode = topCode?.FirstChild("StatusCode", P);
        return Result<Saml2Response, AdapterError>.Ok(new Saml2Response(
            root.AttributeOrNull("ID"),
            root.AttributeOrNull("Version"),
            root.AttributeOrNull("Destination"),
            root.AttributeOrNull("InResponseTo"),
            issuers.Count == 1 ? XmlTextContent.UriOf(issuers[0]) : null,
            new Saml2Status(topCode?.AttributeOrNull("Value"), subCode?.AttributeOrNull("Value"))));
    }
}
