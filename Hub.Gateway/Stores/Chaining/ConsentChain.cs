using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.Chaining;

/// <summary>Builds consent records into a person's chain and verifies a chain read back from a store.</summary>
public static class ConsentChain
{
    /// <summary>
    /// The record that follows <paramref name="head"/>; claims are de-duplicated and sorted so equal sets hash equally,
    /// and a claim both granted and declined counts as granted.
    /// </summary>
    public static ConsentRecord Next(ChainHead head, ConsentDecision decision, DateTimeOffset recordedAt)
    {
        var claims = Set(decision.Claims);
        var declined = Set(decision.Declined.Except(claims, StringComparer.Ordinal));
        var purposes = new SortedDictionary<string, string>(decision.PurposeVersions.ToDictionary(), StringComparer.Ordinal);
        var record = new ConsentRecord(
            head.Sequence + 1, decision.Subject, decision.ClientId, decision.Action, claims, purposes,
            recordedAt.ToUniversalTime(), head.Hash, Hash: string.Empty)
        {
            Declined = declined,
        };
        return record with { Hash = ComputeHash(record) };
    }

    /// <summary>
    /// Checks that <paramref name="records"/> (oldest first) form an unbroken chain from the first record, and, if
    /// <paramref name="head"/> is given, that the chain reaches it (nothing newer was removed).
    /// </summary>
    public static ChainVerification Verify(IReadOnlyList<ConsentRecord?> records, ChainHead? head = null) =>
        HashChain.Verify(records.Select((r, i) => ToLink(r, i)), partition: 0, head);

    /// <summary>
    /// Version 2 of the canonical form: the subject is the client's pairwise <c>sub</c>, and the declined optional
    /// claims are part of what is hashed.
    /// </summary>
    internal static string ComputeHash(ConsentRecord record) =>
        HashChain.Sha256Hex(CanonicalWriter.Write(w =>
        {
            w.WriteString("type", "consent-record/2");
            w.WriteNumber("sequence", record.Sequence);
            w.WriteString("subject", record.Subject);
            w.WriteString("client_id", record.ClientId);
            w.WriteString("action", record.Action.ToString());
            CanonicalWriter.WriteStrings(w, "claims", record.Claims);
            CanonicalWriter.WriteStrings(w, "declined", record.Declined ?? []);
            CanonicalWriter.WriteSortedMap(w, "purpose_versions", record.PurposeVersions);
            CanonicalWriter.WriteInstant(w, "recorded_at", record.RecordedAt);
            w.WriteString("previous_hash", record.PreviousHash);
        }));

    private static string[] Set(IEnumerable<string> claims) => claims.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    // An unreadable record (null) keeps its position and fails as a hash mismatch there.
    private static ChainLink ToLink(ConsentRecord? record, int index) => record is null
        ? new ChainLink(index + 1, string.Empty, string.Empty, null)
        : new ChainLink(record.Sequence, record.PreviousHash, record.Hash, ComputeHash(record));
}
