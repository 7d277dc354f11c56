namespace Sandbox.Providers.Mebuku.Request;

/// <summary>An AuthnRequest from the known SP, checked: where and how to answer, and what it asks for.</summary>
internal sealed record ValidatedAuthnRequest(
    string Id,
    string SpEntityId,
    string AssertionConsumerServiceUrl,
    string? RelayState,
    bool IsPassive,
    bool NameIdFormatSupported,
    AuthnContextRequirement Requirement);
