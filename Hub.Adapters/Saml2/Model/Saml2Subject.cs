namespace Hub.Adapters.Saml2.Model;

internal sealed record Saml2Subject(
    string? NameId,
    string? NameIdFormat,
    IReadOnlyList<Saml2SubjectConfirmation> Confirmations);

internal sealed record Saml2SubjectConfirmation(
    string? Method,
    string? Recipient,
    string? InResponseTo,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotOnOrAfter);
