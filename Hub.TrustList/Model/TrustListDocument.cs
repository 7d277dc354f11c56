namespace Hub.TrustList.Model;

/// <summary>
/// The national trust list. <see cref="Signature"/> is a detached JWS (RFC 7515 appendix F) over the RFC 8785
/// canonical form of the document without its <c>signature</c> member. See docs/trustlist.md.
/// </summary>
public sealed record TrustListDocument(
    string Format,
    long Sequence,
    DateTimeOffset IssuedAt,
    DateTimeOffset NextUpdate,
    Issuer Issuer,
    IReadOnlyList<IdentityProviderEntry> IdentityProviders,
    IReadOnlyList<RelyingPartyEntry> RelyingParties,
    string? Signature = null)
{
    public const string CurrentFormat = "jp-regional-id-trustlist/1";
}
