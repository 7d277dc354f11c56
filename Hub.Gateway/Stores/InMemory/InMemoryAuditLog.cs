using System.Runtime.CompilerServices;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;

namespace Hub.Gateway.Stores.InMemory;

/// <summary>The audit log in this process: one partition, one list (lost on restart: for the demo and single-node trials).</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];
    private readonly Lock _lock = new();
    private ChainHead _head = ChainHead.Empty;

    public Task<AuditEntry> AppendAsync(DataReleaseRecord record, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var entry = AuditChain.Next(_head, partition: 0, record);
            entry = entry with { Id = entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            _entries.Add(entry);
            _head = new ChainHead(entry.Sequence, entry.Hash);
            return Task.FromResult(entry);
        }
    }

    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<AuditEntry> snapshot;
        lock (_lock)
        {
            snapshot = [.. _entries];
        }
        foreach (var entry in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var heads = _head.Sequence == 0 ? null : new Dictionary<int, ChainHead> { [0] = _head };
            return Task.FromResult(AuditChain.Verify(_entries.Select(e => (e.Partition, (AuditEntry?)e)), heads));
        }
    }
}
