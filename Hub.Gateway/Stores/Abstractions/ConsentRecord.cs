using System.Text.Json.Serialization;

namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// One entry of a person's append-only consent log. <see cref="Subject"/> names the person as the client knows them:
/// its pairwise <c>sub</c>. <see cref="Sequence"/> starts at 1; <see cref="PreviousHash"/> is the <see cref="Hash"/>
/// of the record before (64 zeros for the first), and <see cref="Hash"/> is the SHA-256 of this record's canonical
/// form, so editing, removing or reordering a record breaks the chain.
/// </summary>
public sealed record ConsentRecord(
    long Sequence,
    string Subject,
    string ClientId,
    ConsentAction Action,
    IReadOnlyList<string> Claims,
    IReadOnlyDictionary<string, string> PurposeVersions,
    DateTimeOffset RecordedAt,
    string PreviousHash,
    string Hash)
{
    /// <summary>The optional claims of the request the person declined (Granted), or that a revocation forgot (Revoked).</summary>
    public IReadOnlyList<string> Declined { get; init; } = [];

    /// <summary>The record's identifier, as the audit log and consent grants refer to it (its hash).</summary>
    [JsonIgnore]
    public string Id => Hash;
}
