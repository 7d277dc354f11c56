using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.Chaining;

/// <summary>Builds audit entries into a partition's chain and verifies entries read back from a store.</summary>
public static class AuditChain
{
    /// <summary>The entry that follows <paramref name="head"/> in <paramref name="partition"/>; its id is set by the store.</summary>
    public static AuditEntry Next(ChainHead head, int partition, DataReleaseRecord record)
    {
        var normalized = record with
        {
            ReleasedAt = record.ReleasedAt.ToUniversalTime(),
            ClaimNames = record.ClaimNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        };
        var entry = new AuditEntry(string.Empty, partition, head.Sequence + 1, normalized, head.Hash, Hash: string.Empty);
        return entry with { Hash = ComputeHash(entry) };
    }

    /// <summary>
    /// Checks the entries of each partition (in the order given, oldest first within a partition). A partition listed in
    /// <paramref name="heads"/> must reach its head; one with a head but no entries is reported truncated.
    /// Null entries stand for unreadable ones and fail at their position.
    /// </summary>
    public static ChainVerification Verify(IEnumerable<(int Partition, AuditEntry? Entry)> entries, IReadOnlyDictionary<int, ChainHead>? heads = null)
    {
        var byPartition = entries.GroupBy(e => e.Partition).ToDictionary(g => g.Key, g => g.Select(e => e.Entry).ToList());
        var partitions = byPartition.Keys.Union(heads?.Keys ?? []).Order();
        foreach (var partition in partitions)
        {
            var list = byPartition.GetValueOrDefault(partition) ?? [];
            var head = heads?.GetValueOrDefault(partition);
            var result = HashChain.Verify(list.Select((e, i) => ToLink(e, i)), partition, head);
            if (!result.IsIntact)
            {
                return result;
            }
        }
        return ChainVerification.Intact;
    }

    /// <summary>Checks entries as returned by <see cref="IAuditLog.ReadAllAsync"/>, without heads.</summary>
    public static ChainVerification Verify(IEnumerable<AuditEntry> entries) =>
        Verify(entries.Select(e => (e.Partition, (AuditEntry?)e)));

    internal static string ComputeHash(AuditEntry entry) =>
        HashChain.Sha256Hex(CanonicalWriter.Write(w =>
        {
            var r = entry.Record;
            w.WriteString("type", "data-release/1");
            w.WriteNumber("partition", entry.Partition);
            w.WriteNumber("sequence", entry.Sequence);
            CanonicalWriter.WriteInstant(w, "released_at", r.ReleasedAt);
            w.WriteString("client_id", r.ClientId);
            w.WriteString("provider_id", r.ProviderId);
            if (r.BrandId is not null)
            {
                w.WriteString("brand_id", r.BrandId);
            }
            w.WriteString("subject", r.Subject);
            CanonicalWriter.WriteStrings(w, "claim_names", r.ClaimNames);
            w.WriteString("consent_record_id", r.ConsentRecordId);
            w.WriteString("level", r.Level.ToString());
            w.WriteString("previous_hash", entry.PreviousHash);
        }));

    private static ChainLink ToLink(AuditEntry? entry, int index) => entry is null
        ? new ChainLink(index + 1, string.Empty, string.Empty, null)
        : new ChainLink(entry.Sequence, entry.PreviousHash, entry.Hash, ComputeHash(entry));
}
