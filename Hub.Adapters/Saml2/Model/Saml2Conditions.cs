namespace Hub.Adapters.Saml2.Model;

/// <summary>Conditions; each AudienceRestriction is the list of its Audience values.</summary>
internal sealed record Saml2Conditions(
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotOnOrAfter,
    IReadOnlyList<IReadOnlyList<string>> AudienceRestrictions);
