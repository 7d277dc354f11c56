namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// A standing consent of one person for one client: the decision on the request it answered (the claims granted,
/// and the optional claims declined, which are not released and not asked about again), the purpose text versions
/// agreed to, and the consent record (<see cref="ConsentRecord.Id"/>) that granted it. <see cref="Subject"/> is the
/// client's pairwise <c>sub</c> for the person.
/// </summary>
public sealed record ConsentGrant(
    string Subject,
    string ClientId,
    IReadOnlyList<string> Claims,
    IReadOnlyDictionary<string, string> PurposeVersions,
    DateTimeOffset GrantedAt,
    string RecordId)
{
    /// <summary>The optional claims the person chose not to share (empty in grants stored before they were kept).</summary>
    public IReadOnlyList<string> Declined { get; init; } = [];
}
