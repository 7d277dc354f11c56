namespace Hub.Gateway.Stores.Abstractions;

/// <summary>The append-only, hash-chained log of data releases.</summary>
public interface IAuditLog
{
    /// <summary>Appends the record to its partition's chain, atomically against concurrent appends.</summary>
    Task<AuditEntry> AppendAsync(DataReleaseRecord record, CancellationToken cancellationToken = default);

    /// <summary>Every entry, partition by partition, oldest first within each (for export).</summary>
    IAsyncEnumerable<AuditEntry> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks every partition's chain, including that no newest entry was cut off.</summary>
    Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
