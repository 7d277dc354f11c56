using Hub.Adapters.Saml2.Signature;

namespace Hub.Adapters.Saml2.Validation;

/// <summary>What one Response is checked against: the provider's pinned keys and entity ID, our SP and the flow.</summary>
internal sealed record Saml2ValidationParameters(
    string ProviderId,
    string ExpectedIssuer,
    IReadOnlyList<PinnedKey> PinnedKeys,
    string SpEntityId,
    string AssertionConsumerServiceUrl,
    string ExpectedInResponseTo,
    TimeSpan ClockSkew);
