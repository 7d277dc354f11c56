namespace Hub.Adapters.Saml2.Model;

internal sealed record Saml2AuthnStatement(
    DateTimeOffset? AuthnInstant,
    DateTimeOffset? SessionNotOnOrAfter,
    string? AuthnContextClassRef);
