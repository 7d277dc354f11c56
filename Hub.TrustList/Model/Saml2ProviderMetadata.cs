namespace Hub.TrustList.Model;

/// <summary>
/// What the hub pins about a SAML 2.0 IdP. Signing certificates are base64 DER X.509; two during a rollover.
/// Responses are verified only against these, never against a key carried in the message.
/// </summary>
public sealed record Saml2ProviderMetadata(
    string EntityId,
    Uri SingleSignOnServiceUrl,
    IReadOnlyList<string> SigningCertificates,
    bool WantAuthnRequestsSigned = true);
