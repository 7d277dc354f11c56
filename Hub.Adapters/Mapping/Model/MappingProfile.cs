using Hub.Adapters.Assurance;
using Hub.TrustList.Model;

namespace Hub.Adapters.Mapping.Model;

/// <summary>
/// A provider's declarative mapping into the common schema (docs/attributes.md), named by
/// <see cref="IdentityProviderEntry.MappingProfile"/> and stored as <c>Mapping/Profiles/{profile}.json</c>.
/// </summary>
public sealed record MappingProfile
{
    public const string CurrentSchema = "common-schema-v1";

    /// <summary>The profile's name, e.g. <c>mebuku-saml-v1</c>; equal to the file name without <c>.json</c>.</summary>
    public required string Profile { get; init; }

    /// <summary>The common-schema version the profile maps into.</summary>
    public string Schema { get; init; } = CurrentSchema;

    public string? Description { get; init; }

    /// <summary>The protocol the provider speaks; must equal the trust-list entry's.</summary>
    public required ProviderProtocol Protocol { get; init; }

    /// <summary>Documentation only: what the provider's subject (NameID or <c>sub</c>) is.</summary>
    public string? Subject { get; init; }

    public NameSettings Names { get; init; } = new();

    /// <summary>One rule per common claim; order does not matter.</summary>
    public required IReadOnlyList<ClaimRule> Claims { get; init; }

    public AssuranceSignals Assurance { get; init; } = new();

    /// <summary>
    /// The attribute in which the provider names the brand the person used (e.g. <c>mydoor_brand</c>), if it sends one.
    /// When present it must name the brand the flow was started for, and that brand must be accredited.
    /// </summary>
    public string? BrandAttribute { get; init; }
}
