using System.Text.Json.Nodes;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>The audit contract on real Redis streams, plus tampering done directly in Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisAuditLogTests(RedisServerFixture fixture) : AuditLogContract
{
    private readonly RedisTestStores _stores = new(fixture, o => o.AuditPartitions = 4);

    protected override IAuditLog Log => field ??= new RedisAuditLog(_stores.A, NullLogger<RedisAuditLog>.Instance);

    protected override IAuditLog Peer => field ??= new RedisAuditLog(_stores.B, NullLogger<RedisAuditLog>.Instance);

    [Fact]
    public async Task AppendAsync_Release_IsAStreamEntryCarryingThePreviousHash()
    {
        var first = await Log.AppendAsync(Release("sub-1", 1));
        var second = await Log.AppendAsync(Release("sub-1", 2));

        var entries = await _stores.Database.StreamRangeAsync(_stores.A.Keys.Audit(second.Partition).Stream);

        Assert.Equal([first.Id, second.Id], entries.Select(e => (string)e.Id!));
        Assert.Equal(first.Hash, (string?)entries[1]["prev"]);
        Assert.Equal(second.Hash, (string?)entries[1]["hash"]);
    }

    [Fact]
    public async Task VerifyAsync_EntryRewrittenInRedis_ReportsHashMismatchAtThatEntry()
    {
        var partition = await AppendThreeAsync();
        var streamKey = _stores.A.Keys.Audit(partition).Stream;
        var original = await _stores.Database.StreamRangeAsync(streamKey);
        await _stores.Database.KeyDeleteAsync(streamKey);
        foreach (var entry in original)
        {
            var fields = entry.Values.ToDictionary(v => (string)v.Name!, v => (string)v.Value!);
            if (fields["seq"] == "2")
            {
                var record = JsonNode.Parse(fields["record"])!;
                record["clientId"] = "someone-else";
                fields["record"] = record.ToJsonString();
            }
            await _stores.Database.StreamAddAsync(
                streamKey, [.. fields.Select(f => new NameValueEntry(f.Key, f.Value))], messageId: entry.Id);
        }

        var verification = await Peer.VerifyAsync();

        Assert.Equal((ChainProblem.HashMismatch, partition, 2L), (verification.Problem, verification.Partition, verification.Sequence));
    }

    [Fact]
    public async Task VerifyAsync_EntryDeletedInRedis_ReportsTheGap()
    {
        var partition = await AppendThreeAsync();
        var streamKey = _stores.A.Keys.Audit(partition).Stream;
        var entries = await _stores.Database.StreamRangeAsync(streamKey);
        await _stores.Database.StreamDeleteAsync(streamKey, [entries[1].Id]);

        var verification = await Log.VerifyAsync();

        Assert.Equal((ChainProblem.SequenceGap, partition, 2L), (verification.Problem, verification.Partition, verification.Sequence));
    }

    [Fact]
    public async Task VerifyAsync_NewestEntryDeletedInRedis_ReportsTruncation()
    {
        var partition = await AppendThreeAsync();
        var streamKey = _stores.A.Keys.Audit(partition).Stream;
        var entries = await _stores.Database.StreamRangeAsync(streamKey);
        await _stores.Database.StreamDeleteAsync(streamKey, [entries[2].Id]);

        var verification = await Log.VerifyAsync();

        Assert.Equal((ChainProblem.Truncated, partition, 3L), (verification.Problem, verification.Partition, verification.Sequence));
    }

    [Fact]
    public async Task AppendAsync_ManySubjects_SpreadsOverPartitionsWithOneSlotEach()
    {
        var partitions = new HashSet<int>();
        for (var i = 0; i < 40; i++)
        {
            partitions.Add((await Log.AppendAsync(Release($"sub-{i}", i))).Partition);
        }

        Assert.True(partitions.Count > 1);
        Assert.All(partitions, p =>
        {
            var (stream, head) = _stores.A.Keys.Audit(p);
            Assert.Equal(fixture.InstanceA.HashSlot(stream), fixture.InstanceA.HashSlot(head));
        });
        Assert.True((await Peer.VerifyAsync()).IsIntact);
    }

    private async Task<int> AppendThreeAsync()
    {
        await Log.AppendAsync(Release("sub-1", 1));
        await Peer.AppendAsync(Release("sub-1", 2));
        var third = await Log.AppendAsync(Release("sub-1", 3));
        Assert.True((await Log.VerifyAsync()).IsIntact);
        return third.Partition;
    }
}
