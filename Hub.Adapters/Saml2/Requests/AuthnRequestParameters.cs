using Hub.TrustList.Model;

namespace Hub.Adapters.Saml2.Requests;

/// <summary>What goes into one AuthnRequest.</summary>
internal sealed record AuthnRequestParameters(
    string Id,
    DateTimeOffset IssueInstant,
    Uri Destination,
    string SpEntityId,
    string AssertionConsumerServiceUrl,
    LevelOfAssurance RequiredLoa);
