namespace Hub.Adapters.Saml2;

/// <summary>SAML 2.0 and XML-DSig names used by the hub's SP (OASIS saml-core/bindings/profiles 2.0).</summary>
public static class Saml2Constants
{
    public const string ProtocolNamespace = "urn:oasis:names:tc:SAML:2.0:protocol";
    public const string AssertionNamespace = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string MetadataNamespace = "urn:oasis:names:tc:SAML:2.0:metadata";
    public const string DsigNamespace = "http://www.w3.org/2000/09/xmldsig#";

    public const string Version = "2.0";

    public const string HttpPostBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
    public const string HttpRedirectBinding = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

    public const string PersistentNameIdFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
    public const string EntityNameIdFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";
    public const string BearerConfirmationMethod = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    /// <summary>Form and query parameter names of the bindings.</summary>
    public static class Parameters
    {
        public const string SamlRequest = "SAMLRequest";
        public const string SamlResponse = "SAMLResponse";
        public const string RelayState = "RelayState";
        public const string SigAlg = "SigAlg";
        public const string Signature = "Signature";
    }

    /// <summary>Status code URIs (saml-core §3.2.2.2).</summary>
    public static class Status
    {
        private const string Prefix = "urn:oasis:names:tc:SAML:2.0:status:";
        public const string Success = Prefix + "Success";
        public const string Requester = Prefix + "Requester";
        public const string Responder = Prefix + "Responder";
        public const string VersionMismatch = Prefix + "VersionMismatch";
        public const string AuthnFailed = Prefix + "AuthnFailed";
        public const string NoPassive = Prefix + "NoPassive";
        public const string RequestDenied = Prefix + "RequestDenied";
        public const string NoAuthnContext = Prefix + "NoAuthnContext";
    }
}
