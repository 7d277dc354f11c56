using System.Security.Cryptography.Xml;

namespace Sandbox.Providers.Mebuku.Xml;

/// <summary>SAML 2.0 namespaces, bindings, formats and status codes used by the sandbox IdP.</summary>
internal static class SamlNames
{
    public const string Protocol = "urn:oasis:names:tc:SAML:2.0:protocol";
    public const string Assertion = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string Metadata = "urn:oasis:names:tc:SAML:2.0:metadata";
    public const string XmlDsig = SignedXml.XmlDsigNamespaceUrl;

    public const string HttpRedirectBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
    public const string HttpPostBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

    public const string PersistentNameId = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
    public const string UnspecifiedNameId = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    public const string EntityNameId = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";
    public const string BearerConfirmation = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    public const string RsaSha256 = SignedXml.XmlDsigRSASHA256Url;
    public const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

    public const string StatusSuccess = "urn:oasis:names:tc:SAML:2.0:status:Success";
    public const string StatusRequester = "urn:oasis:names:tc:SAML:2.0:status:Requester";
    public const string StatusResponder = "urn:oasis:names:tc:SAML:2.0:status:Responder";
    public const string StatusAuthnFailed = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
    public const string StatusNoPassive = "urn:oasis:names:tc:SAML:2.0:status:NoPassive";
    public const string StatusNoAuthnContext = "urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext";
    public const string StatusInvalidNameIdPolicy = "urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy";
}
