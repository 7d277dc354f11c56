using System.Text.Json.Nodes;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>The consent contract on a real redis-server, plus tampering done directly in Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisConsentStoreTests(RedisServerFixture fixture) : ConsentStoreContract
{
    private readonly RedisTestStores _stores = new(fixture);

    protected override IConsentStore Store => field ??= new RedisConsentStore(_stores.A, NullLogger<RedisConsentStore>.Instance);

    protected override IConsentStore Peer => field ??= new RedisConsentStore(_stores.B, NullLogger<RedisConsentStore>.Instance);

    [Fact]
    public async Task VerifyRecordsAsync_RecordEditedInRedis_ReportsHashMismatchAtThatRecord()
    {
        await RecordThreeAsync();
        var logKey = _stores.A.Keys.Consents("person-key-1").Log;
        var second = JsonNode.Parse((string)(await _stores.Database.ListGetByIndexAsync(logKey, 1))!)!;
        second["claims"] = new JsonArray("address", "birthdate", "name");
        await _stores.Database.ListSetByIndexAsync(logKey, 1, second.ToJsonString());

        var verification = await Peer.VerifyRecordsAsync("person-key-1");

        Assert.Equal((ChainProblem.HashMismatch, 2L), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task VerifyRecordsAsync_RecordRemovedInRedis_ReportsTheGap()
    {
        await RecordThreeAsync();
        var logKey = _stores.A.Keys.Consents("person-key-1").Log;
        var second = await _stores.Database.ListGetByIndexAsync(logKey, 1);
        await _stores.Database.ListRemoveAsync(logKey, second);

        var verification = await Store.VerifyRecordsAsync("person-key-1");

        Assert.Equal((ChainProblem.SequenceGap, 2L), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task VerifyRecordsAsync_NewestRecordCutOffInRedis_ReportsTruncation()
    {
        await RecordThreeAsync();
        await _stores.Database.ListRightPopAsync(_stores.A.Keys.Consents("person-key-1").Log);

        var verification = await Store.VerifyRecordsAsync("person-key-1");

        Assert.Equal((ChainProblem.Truncated, 3L), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task VerifyRecordsAsync_RecordOverwrittenWithGarbage_ReportsHashMismatchAndReadingFails()
    {
        await RecordThreeAsync();
        await _stores.Database.ListSetByIndexAsync(_stores.A.Keys.Consents("person-key-1").Log, 0, "{not json");

        var verification = await Store.VerifyRecordsAsync("person-key-1");

        Assert.Equal((ChainProblem.HashMismatch, 1L), (verification.Problem, verification.Sequence));
        await Assert.ThrowsAsync<InvalidDataException>(() => Store.ReadRecordsAsync("person-key-1"));
    }

    [Fact]
    public async Task RecordDecisionAsync_AnyDecision_KeepsAllKeysOfThePersonInOneClusterSlot()
    {
        await RecordThreeAsync();
        var keys = _stores.A.Keys.Consents("person-key-1");

        var slots = new[] { keys.Grants, keys.Log, keys.Head, _stores.A.Keys.Revocations("person-key-1") }
            .Select(k => fixture.InstanceA.HashSlot(k)).Distinct();

        Assert.Single(slots);
        Assert.True(await _stores.Database.KeyExistsAsync(keys.Head));
        Assert.DoesNotContain("person-key-1", (string)keys.Log!, StringComparison.Ordinal);
    }

    private async Task RecordThreeAsync()
    {
        await Store.RecordDecisionAsync(Grant("a"));
        await Store.RecordDecisionAsync(Grant("b"));
        await Store.RecordDecisionAsync(Grant("c"));
        Assert.True((await Store.VerifyRecordsAsync("person-key-1")).IsIntact);
    }
}
