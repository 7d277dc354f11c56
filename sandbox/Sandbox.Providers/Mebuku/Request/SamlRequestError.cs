namespace Sandbox.Providers.Mebuku.Request;

/// <summary>Why an AuthnRequest was refused with an error page: a stable code and a message.</summary>
internal sealed record SamlRequestError(string Code, string Message)
{
    public static SamlRequestError Missing { get; } = new("saml_request_missing", "The SAMLRequest parameter is missing.");
    public static SamlRequestError Malformed(string why) => new("saml_request_malformed", why);
    public static SamlRequestError TooLarge { get; } = new("saml_request_too_large", "The SAMLRequest is larger than allowed.");
    public static SamlRequestError Unsigned { get; } = new("saml_request_unsigned", "The AuthnRequest must be signed (HTTP-Redirect binding signature).");
    public static SamlRequestError SigAlgUnsupported(string accepted) => new("saml_request_sigalg_unsupported", $"Only {accepted} request signatures are accepted (the SP's registered key).");
    public static SamlRequestError SignatureInvalid { get; } = new("saml_request_signature_invalid", "The request signature does not verify with the SP's certificate.");
    public static SamlRequestError RelayStateTooLong { get; } = new("saml_relaystate_too_long", "RelayState must not exceed 80 bytes (SAML bindings §3.4.3).");
    public static SamlRequestError XmlInvalid { get; } = new("saml_request_xml_invalid", "The SAMLRequest is not well-formed XML without a DTD.");
    public static SamlRequestError NotAuthnRequest { get; } = new("saml_request_not_authn_request", "The message is not a SAML 2.0 AuthnRequest.");
    public static SamlRequestError IdInvalid { get; } = new("saml_request_id_invalid", "The AuthnRequest ID is missing or not an NCName.");
    public static SamlRequestError IssueInstantInvalid { get; } = new("saml_request_issue_instant_invalid", "IssueInstant is missing, stale or in the future.");
    public static SamlRequestError DestinationMismatch { get; } = new("saml_request_destination_mismatch", "Destination is not this IdP's SSO endpoint.");
    public static SamlRequestError IssuerUnknown { get; } = new("saml_request_issuer_unknown", "The Issuer is not a known service provider.");
    public static SamlRequestError AcsNotAllowed { get; } = new("saml_request_acs_not_allowed", "The AssertionConsumerServiceURL is not registered for this SP.");
    public static SamlRequestError BindingUnsupported { get; } = new("saml_request_binding_unsupported", "Responses are sent only with the HTTP-POST binding.");
    public static SamlRequestError LoginRequestUnknown { get; } = new("login_request_unknown", "The login request is unknown, used or expired.");
}
