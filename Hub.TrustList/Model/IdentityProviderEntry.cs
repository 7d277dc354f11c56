namespace Hub.TrustList.Model;

/// <summary>An accredited (or formerly accredited) regional ID provider.</summary>
public sealed record IdentityProviderEntry(
    string Id,
    LocalizedText DisplayName,
    LocalizedText Operator,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<BrandEntry> Brands,
    ProviderProtocol Protocol,
    Saml2ProviderMetadata? Saml2,
    OidcProviderMetadata? Oidc,
    LevelOfAssurance MaxLoa,
    IReadOnlyList<string> Attributes,
    string MappingProfile,
    IReadOnlyList<StatusChange> StatusHistory,
    ConformanceRecord? Conformance)
{
    public EntryStatus Status => StatusHistory.Count == 0 ? EntryStatus.Withdrawn : StatusHistory[^1].Status;
}
