using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Operations;
using StackExchange.Redis;

namespace Hub.Gateway.Tests.Stores;

/// <summary>
/// A hub started on an empty Redis has made the shared keys before its first request: one data-protection key and
/// the hub's signing key set (issue 4: the first requests of a fresh deployment no longer make them on request threads).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class KeyWarmUpTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task StartAsync_EmptyRedis_DataProtectionKeyAndHubKeysExistBeforeAnyRequest()
    {
        var prefix = $"warmup{Guid.NewGuid():N}:";
        await using var host = await OperationsHost.StartAsync(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = fixture.ConnectionString,
            ["Stores:KeyPrefix"] = prefix,
        });

        var database = fixture.InstanceA.GetDatabase();
        Assert.Equal(1, await database.ListLengthAsync((RedisKey)$"{prefix}dataprotection-keys"));
        Assert.True(await database.KeyExistsAsync((RedisKey)$"{prefix}signing-keys"));
    }
}
