using static Hub.TrustList.Conformance.CheckLevel;

namespace Hub.Conformance.Checks;

/// <summary>Checks of an OpenID Connect candidate (authorization code flow, OP side).</summary>
internal static class OidcCatalogue
{
    public static readonly CheckDefinition MetadataWellFormed = new(
        "META-DOC-01", "The discovery document is served and well formed", "OIDC Discovery §3, §4", Must,
        "The discovery URL answers 200 with a JSON object holding issuer, authorization_endpoint, token_endpoint, jwks_uri, response_types_supported, subject_types_supported and id_token_signing_alg_values_supported, and jwks_uri serves a JWK Set.");

    public static readonly CheckDefinition IssuerMatches = new(
        "META-ISS-01", "The issuer matches", "OIDC Discovery §4.3", Must,
        "The discovery document's issuer is exactly the entry's oidc.issuer.");

    public static readonly CheckDefinition MetadataMatches = new(
        "META-MATCH-01", "The discovery document matches the entry", "OIDC Discovery §3; RFC 7517 §5", Must,
        "The authorization, token and userinfo endpoints are the entry's, the pinned ID-token algorithms are supported, every signing key the JWK Set serves is pinned in the entry, and a pinned key is served.");

    public static readonly CheckDefinition Capabilities = new(
        "META-CAP-01", "Discovery declares what the hub relies on", "RFC 8414 §2; RFC 9207 §3; OIDC Discovery §3", Should,
        "The discovery document lists the code response type, the S256 PKCE method, and authorization_response_iss_parameter_supported: true.");

    public static readonly CheckDefinition LoginCompletes = new(
        "LOGIN-01", "A normal login completes for every test account", "OIDC Core §3.1", Must,
        "Following the login recipe, every test account comes back to the hub's redirect URI with a code that the hub redeems and accepts; a rejection judged by a more specific check is reported there.");

    public static readonly CheckDefinition Signed = new(
        "OIDC-SIG-01", "ID tokens are signed with a pinned key", "OIDC Core §3.1.3.7 step 6; RFC 7515 §5.2", Must,
        "The ID token's signature verifies with a key pinned in the entry (selected by kid when several are pinned).");

    public static readonly CheckDefinition Algorithms = new(
        "OIDC-SIG-02", "Only allowed ID-token algorithms", "OIDC Core §3.1.3.7 steps 7-8; RFC 8725 §3.1", Must,
        "The ID token's alg is one the entry pins (never none, never HS*), with no critical header extension.");

    public static readonly CheckDefinition Issuer = new(
        "OIDC-ISS-01", "The ID token names the provider", "OIDC Core §3.1.3.7 step 2", Must,
        "The ID token's iss is exactly the entry's issuer.");

    public static readonly CheckDefinition IssParameter = new(
        "OIDC-ISS-02", "The authorization response carries iss", "RFC 9207 §2, §2.4", Must,
        "Every authorization response (code or error) carries the iss parameter, equal to the entry's issuer.");

    public static readonly CheckDefinition Audience = new(
        "OIDC-AUD-01", "The ID token is for the hub", "OIDC Core §3.1.3.7 steps 3-5", Must,
        "The ID token's aud contains the hub's client_id, and azp (required with several audiences) is the hub's client_id.");

    public static readonly CheckDefinition Nonce = new(
        "OIDC-NONCE-01", "The nonce comes back", "OIDC Core §3.1.3.7 step 11", Must,
        "The ID token's nonce is the one the hub sent.");

    public static readonly CheckDefinition State = new(
        "OIDC-STATE-01", "The state comes back", "RFC 6749 §4.1.2; OIDC Core §3.1.2.5", Must,
        "The authorization response returns the hub's state unchanged.");

    public static readonly CheckDefinition Validity = new(
        "OIDC-TIME-01", "ID token lifetimes are sane", "OIDC Core §3.1.3.7 steps 9-10; docs/onboarding.md §Federation limits", Must,
        "exp and iat are present and current, and exp lies at most 1 hour after iat.");

    public static readonly CheckDefinition SubjectStable = new(
        "SUB-01", "The subject is stable", "OIDC Core §2, §5.7", Must,
        "Every login of one account gives the same sub (locally unique, never reassigned).");

    public static readonly CheckDefinition LevelNotMet = new(
        "LOA-03", "An unmeetable level is refused with unmet_authentication_requirements", "OpenID Connect Core Unmet Authentication Requirements 1.0 §1; OIDC Core §3.1.2.1", Must,
        "acr_values the account cannot meet are answered with error=unmet_authentication_requirements, never with a code for a lower level.");

    public static readonly CheckDefinition CancelReturnsError = new(
        "ERR-01", "A cancelled login returns access_denied", "OIDC Core §3.1.2.6; RFC 6749 §4.1.2.1", Must,
        "When the person cancels, the provider redirects back to the hub with error=access_denied.");

    public static readonly CheckDefinition UnregisteredRedirectRefused = new(
        "OIDC-REQ-01", "An unregistered redirect_uri is refused", "RFC 6749 §3.1.2.4, §4.1.2.1; OIDC Core §3.1.2.1", Must,
        "An authorization request with a redirect_uri the hub did not register never sends the browser to that URI.");

    public static readonly CheckDefinition CodeReuseRefused = new(
        "OIDC-CODE-01", "A used code is refused", "RFC 6749 §4.1.2, §10.5", Must,
        "A code that was already redeemed is refused at the token endpoint.");

    public static readonly CheckDefinition WrongVerifierRefused = new(
        "OIDC-PKCE-01", "A wrong PKCE verifier is refused", "RFC 7636 §4.6", Must,
        "A code redeemed with another code_verifier than the one its S256 challenge was made of is refused.");
}
