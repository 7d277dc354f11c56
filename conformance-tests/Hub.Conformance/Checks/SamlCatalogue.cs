using static Hub.TrustList.Conformance.CheckLevel;

namespace Hub.Conformance.Checks;

/// <summary>Checks of a SAML 2.0 candidate (Web Browser SSO profile, IdP side).</summary>
internal static class SamlCatalogue
{
    public static readonly CheckDefinition MetadataWellFormed = new(
        "META-DOC-01", "SAML metadata is served and well formed", "SAML2 Metadata §2.3.2, §2.4.4, §4.1", Must,
        "The metadata URL answers 200 with an md:EntityDescriptor (no DTD) holding one IDPSSODescriptor for the SAML 2.0 protocol.");

    public static readonly CheckDefinition IssuerMatches = new(
        "META-ISS-01", "The entity ID matches", "SAML2 Metadata §2.3.2", Must,
        "The metadata's entityID equals the entry's saml2.entity_id.");

    public static readonly CheckDefinition MetadataMatches = new(
        "META-MATCH-01", "The metadata matches the entry", "SAML2 Metadata §2.4.4, §2.4.1.1", Must,
        "The HTTP-Redirect SingleSignOnService is the entry's SSO URL, every signing certificate in the metadata is pinned in the entry (and a pinned one is published), and WantAuthnRequestsSigned agrees.");

    public static readonly CheckDefinition LoginCompletes = new(
        "LOGIN-01", "A normal login completes for every test account", "SAML2 Profiles §4.1.2, §4.1.4", Must,
        "Following the login recipe, every test account comes back to the hub's ACS with a Response the hub accepts; a rejection judged by a more specific check is reported there.");

    public static readonly CheckDefinition Signed = new(
        "SAML-SIG-01", "Assertions are signed with a pinned key", "SAML2 Profiles §4.1.3.5, §4.1.4.5; SAML2 Core §5.4", Must,
        "The assertion (or the Response around it) carries one enveloped signature over it, verified with a certificate pinned in the entry, never with KeyInfo.");

    public static readonly CheckDefinition Algorithms = new(
        "SAML-SIG-02", "Only allowed signature algorithms", "XMLDSig 1.1 §6.1; docs/decisions/0003-saml-signedxml-hardening.md", Must,
        "Signatures use RSA-SHA256 or stronger (or ECDSA with SHA-256 or stronger) with SHA-256 or stronger digests, exclusive canonicalisation and the enveloped transform; never SHA-1 or HMAC.");

    public static readonly CheckDefinition Audience = new(
        "SAML-AUD-01", "The audience is the hub", "SAML2 Profiles §4.1.4.2; SAML2 Core §2.5.1.4", Must,
        "The assertion's AudienceRestriction names the hub's SP entity ID.");

    public static readonly CheckDefinition Recipient = new(
        "SAML-RCPT-01", "Destination and Recipient are the hub's ACS", "SAML2 Profiles §4.1.4.2, §4.1.4.3; SAML2 Bindings §3.5.5.2", Must,
        "The Response's Destination and the bearer SubjectConfirmationData's Recipient are the ACS URL the hub sent.");

    public static readonly CheckDefinition InResponseTo = new(
        "SAML-IRT-01", "The Response answers the hub's request", "SAML2 Profiles §4.1.4.2; SAML2 Bindings §3.5.3", Must,
        "InResponseTo (Response and SubjectConfirmationData) is the ID of the hub's AuthnRequest, and RelayState comes back unchanged.");

    public static readonly CheckDefinition Issuer = new(
        "SAML-ISS-01", "Response and assertion name the provider", "SAML2 Profiles §4.1.4.2", Must,
        "The Issuer of the Response and of the assertion is the entry's entity ID.");

    public static readonly CheckDefinition Validity = new(
        "SAML-TIME-01", "Validity windows are sane", "SAML2 Profiles §4.1.4.2; SAML2 Core §2.5.1.2; docs/onboarding.md §Federation limits", Must,
        "Conditions and the bearer confirmation are valid when the Response arrives, and their NotOnOrAfter lies at most 10 minutes after the assertion's IssueInstant.");

    public static readonly CheckDefinition AssertionIds = new(
        "SAML-ID-01", "Assertion IDs are never reused", "SAML2 Core §1.3.4; SAML2 Profiles §4.1.4.5", Must,
        "Every assertion the provider issues during the run has an ID no other assertion had.");

    public static readonly CheckDefinition SubjectStable = new(
        "SUB-01", "The subject is stable", "SAML2 Core §8.3.7; SAML2 Profiles §4.1.4.2", Must,
        "Every login of one account gives the same NameID (persistent, never reassigned).");

    public static readonly CheckDefinition LevelNotMet = new(
        "LOA-03", "An unmeetable level is refused with NoAuthnContext", "SAML2 Core §3.2.2.2, §3.3.2.2.1", Must,
        "A RequestedAuthnContext the account cannot meet is answered with a Responder/NoAuthnContext status, never with an assertion at a lower level.");

    public static readonly CheckDefinition CancelReturnsError = new(
        "ERR-01", "A cancelled login returns a SAML error status", "SAML2 Core §3.2.2.2; SAML2 Profiles §4.1.4.2", Must,
        "When the person cancels, the provider posts a Response with a non-success status (e.g. Responder/AuthnFailed) back to the hub.");

    public static readonly CheckDefinition UnsignedRequestRefused = new(
        "SAML-REQ-01", "An unsigned AuthnRequest is refused", "SAML2 Metadata §2.4.4 (WantAuthnRequestsSigned); SAML2 Bindings §3.4.4.1", Must,
        "The hub's AuthnRequest stripped of its signature gets no assertion.");

    public static readonly CheckDefinition UnregisteredAcsRefused = new(
        "SAML-REQ-02", "An unregistered ACS URL is refused", "SAML2 Profiles §4.1.4.1; SAML2 Core §3.4.1", Must,
        "A signed AuthnRequest naming an AssertionConsumerServiceURL the hub did not register is never answered at that URL.");

    public static readonly CheckDefinition UnknownSpRefused = new(
        "SAML-REQ-03", "An unknown SP is refused", "SAML2 Profiles §4.1.4.1", Must,
        "An AuthnRequest from an SP entity ID the provider has not registered gets no assertion.");
}
