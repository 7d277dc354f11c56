using Hub.TrustList.Model;

namespace Hub.Conformance.Metadata;

/// <summary>What the suite fetched of the candidate's metadata: the document (SAML or OIDC), and for OIDC the served keys.</summary>
internal sealed record MetadataEvidence(
    Uri Url,
    string? Problem,
    SamlMetadata? Saml = null,
    OidcDiscovery? Oidc = null,
    IReadOnlyList<PublicJwk>? ServedKeys = null,
    string? KeysProblem = null)
{
    public bool IsUsable => Problem is null && (Saml is not null || Oidc is not null);
}
