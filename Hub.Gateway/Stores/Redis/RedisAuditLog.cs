using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;
using Hub.Gateway.Stores.Serialization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// The audit log as Redis streams, one per partition: hub:{audit:&lt;n&gt;}:stream with its head at
/// hub:{audit:&lt;n&gt;}:head. Each entry's fields are seq, prev, hash and record. Appends from this process are
/// serialized per partition (so they do not contend with each other) and the Lua script refuses an append whose
/// expected head is stale, which resolves races between instances.
/// </summary>
internal sealed class RedisAuditLog : IAuditLog
{
    private const int PageSize = 256;
    private readonly RedisStoreContext _context;
    private readonly ILogger<RedisAuditLog> _logger;
    private readonly Partition[] _partitions;

    public RedisAuditLog(RedisStoreContext context, ILogger<RedisAuditLog> logger)
    {
        _context = context;
        _logger = logger;
        _partitions = [.. Enumerable.Range(0, context.Options.AuditPartitions).Select(_ => new Partition())];
    }

    public async Task<AuditEntry> AppendAsync(DataReleaseRecord record, CancellationToken cancellationToken = default)
    {
        var index = PartitionOf(record.Subject);
        var partition = _partitions[index];
        var (streamKey, headKey) = _context.Keys.Audit(index);
        await partition.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; attempt <= _context.Options.MaxAppendAttempts; attempt++)
            {
                partition.Head ??= await _context.RunAsync(
                    "audit-head", async db => (string?)await db.StringGetAsync(headKey).ConfigureAwait(false) ?? string.Empty,
                    cancellationToken).ConfigureAwait(false);
                var entry = AuditChain.Next(ChainHead.Parse(partition.Head), index, record);
                var newHead = new ChainHead(entry.Sequence, entry.Hash).Format();
                RedisValue[] args =
                [
                    partition.Head, newHead, entry.Sequence, entry.PreviousHash, entry.Hash, StoreJson.Serialize(entry.Record),
                ];
                var result = await _context.RunAsync("audit-append", async db => (RedisResult[])(await db.ScriptEvaluateAsync(
                    RedisScripts.AuditAppend, [headKey, streamKey], args).ConfigureAwait(false))!, cancellationToken).ConfigureAwait(false);
                if ((long)result[0] == 1)
                {
                    partition.Head = newHead;
                    return entry with { Id = (string)result[1]! };
                }
                partition.Head = (string?)result[1] ?? string.Empty;
            }
        }
        catch (StoreUnavailableException)
        {
            partition.Head = null;
            throw;
        }
        finally
        {
            partition.Gate.Release();
        }
        RedisStoreLog.Contention(_logger, "audit-append", _context.Options.MaxAppendAttempts);
        throw new StoreUnavailableException("'audit-append' kept conflicting with concurrent appends; try again.");
    }

    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var index = 0; index < _partitions.Length; index++)
        {
            await foreach (var (_, entry) in ReadPartitionAsync(index, cancellationToken).ConfigureAwait(false))
            {
                yield return entry ?? throw new InvalidDataException($"An audit entry of partition {index} is unreadable.");
            }
        }
    }

    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        for (var index = 0; index < _partitions.Length; index++)
        {
            var (_, headKey) = _context.Keys.Audit(index);
            var headText = await _context.RunAsync(
                "audit-head", async db => (string?)await db.StringGetAsync(headKey).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            var entries = new List<(int, AuditEntry?)>();
            await foreach (var item in ReadPartitionAsync(index, cancellationToken).ConfigureAwait(false))
            {
                entries.Add(item);
            }
            var heads = new Dictionary<int, ChainHead> { [index] = ChainHead.Parse(headText) };
            var result = AuditChain.Verify(entries, heads);
            if (!result.IsIntact)
            {
                return result;
            }
        }
        return ChainVerification.Intact;
    }

    private async IAsyncEnumerable<(int Partition, AuditEntry? Entry)> ReadPartitionAsync(
        int index, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (streamKey, _) = _context.Keys.Audit(index);
        RedisValue from = "-";
        while (true)
        {
            var start = from;
            var page = await _context.RunAsync(
                "audit-read", db => db.StreamRangeAsync(streamKey, start, "+", PageSize), cancellationToken).ConfigureAwait(false);
            foreach (var streamEntry in page)
            {
                yield return (index, TryParse(index, streamEntry));
            }
            if (page.Length < PageSize)
            {
                yield break;
            }
            from = "(" + (string)page[^1].Id!;
        }
    }

    private static AuditEntry? TryParse(int partition, StreamEntry streamEntry)
    {
        try
        {
            var record = JsonSerializer.Deserialize<DataReleaseRecord>((byte[])streamEntry["record"]!, StoreJson.Options);
            if (record is null || !long.TryParse((string?)streamEntry["seq"], CultureInfo.InvariantCulture, out var sequence))
            {
                return null;
            }
            return new AuditEntry(
                (string)streamEntry.Id!, partition, sequence, record,
                (string?)streamEntry["prev"] ?? string.Empty, (string?)streamEntry["hash"] ?? string.Empty);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentNullException)
        {
            return null;
        }
    }

    private int PartitionOf(string subject)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(subject), hash);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % (uint)_partitions.Length);
    }

    private sealed class Partition
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>The head as last seen ("sequence:hash", or empty for a new chain); null when unknown.</summary>
        public string? Head { get; set; }
    }
}
