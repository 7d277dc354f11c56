using Hub.TrustList.Model;

namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// A record of third-party provision (APPI): which claims about which pairwise subject went to which client,
/// from which provider, at which level, under which consent record. Claim names only, never values.
/// </summary>
public sealed record DataReleaseRecord(
    DateTimeOffset ReleasedAt,
    string ClientId,
    string ProviderId,
    string? BrandId,
    string Subject,
    IReadOnlyList<string> ClaimNames,
    string ConsentRecordId,
    LevelOfAssurance Level);
