using Hub.TrustList.Model;

namespace Hub.Adapters.Identity;

/// <summary>
/// The one protocol-neutral identity that crosses from the adapters to the gateway. No SAML or OIDC type
/// appears here: attributes are already in the common schema (docs/attributes.md).
/// </summary>
public sealed record InternalIdentity(
    string ProviderId,
    string? BrandId,
    string ProviderSubject,
    LevelOfAssurance AssertedLoa,
    LevelOfAssurance EffectiveLoa,
    DateTimeOffset AuthTime,
    IReadOnlyList<string> Amr,
    CommonAttributes Attributes,
    IReadOnlyList<MappingWarning> Warnings);

/// <summary>A source value that could not be converted. It was dropped, never passed on raw.</summary>
public sealed record MappingWarning(string Claim, string SourceAttribute, string Code, string Message);
