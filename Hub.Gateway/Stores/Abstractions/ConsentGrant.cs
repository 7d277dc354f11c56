namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// A standing consent of one person for one client: the claims granted, the purpose text versions agreed to,
/// and the consent record (<see cref="ConsentRecord.Id"/>) that granted it.
/// </summary>
public sealed record ConsentGrant(
    string Subject,
    string ClientId,
    IReadOnlyList<string> Claims,
    IReadOnlyDictionary<string, string> PurposeVersions,
    DateTimeOffset GrantedAt,
    string RecordId);
