using System.Xml;
using Hub.TrustList.Common;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Request;

/// <summary>Parses a samlp:AuthnRequest (no DTD, size-capped) into a plain model.</summary>
internal static class AuthnRequestParser
{
    public static Result<AuthnRequestModel, SamlRequestError> Parse(string xml, int maxCharacters)
    {
        var document = SafeXml.TryLoad(xml, maxCharacters);
        if (document?.DocumentElement is not { } root)
        {
            return SamlRequestError.XmlInvalid;
        }
        if (root.NamespaceURI != SamlNames.Protocol || root.LocalName != "AuthnRequest")
        {
            return SamlRequestError.NotAuthnRequest;
        }
        var nameIdPolicy = SafeXml.Child(root, SamlNames.Protocol, "NameIDPolicy");
        return Result<AuthnRequestModel, SamlRequestError>.Ok(new AuthnRequestModel(
            SafeXml.Attribute(root, "ID"),
            SafeXml.Attribute(root, "Version"),
            SafeXml.Attribute(root, "IssueInstant"),
            SafeXml.Attribute(root, "Destination"),
            SafeXml.TextOf(SafeXml.Child(root, SamlNames.Assertion, "Issuer"))?.Trim(),
            SafeXml.Attribute(root, "AssertionConsumerServiceURL"),
            SafeXml.Attribute(root, "AssertionConsumerServiceIndex"),
            SafeXml.Attribute(root, "ProtocolBinding"),
            IsTrue(SafeXml.Attribute(root, "IsPassive")),
            IsTrue(SafeXml.Attribute(root, "ForceAuthn")),
            nameIdPolicy is null ? null : SafeXml.Attribute(nameIdPolicy, "Format"),
            ParseRequestedContext(SafeXml.Child(root, SamlNames.Protocol, "RequestedAuthnContext"))));
    }

    private static RequestedAuthnContextModel? ParseRequestedContext(XmlElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var classRefs = SafeXml.Children(element, SamlNames.Assertion, "AuthnContextClassRef")
            .Select(e => SafeXml.TextOf(e)!.Trim())
            .ToList();
        var hasDeclRefs = SafeXml.Children(element, SamlNames.Assertion, "AuthnContextDeclRef").Any();
        return new RequestedAuthnContextModel(SafeXml.Attribute(element, "Comparison") ?? "exact", classRefs, hasDeclRefs);
    }

    private static bool IsTrue(string? xsBoolean) => xsBoolean?.Trim() is "true" or "1";
}
