namespace Hub.Adapters.Saml2.Model;

/// <summary>
/// A saml:Assertion read from the exact element whose signature was verified. Text values are full text content.
/// </summary>
internal sealed record Saml2Assertion(
    string? Id,
    string? Version,
    string? Issuer,
    Saml2Subject? Subject,
    Saml2Conditions? Conditions,
    IReadOnlyList<Saml2AuthnStatement> AuthnStatements,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes);
