using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>
/// Instances starting together on an empty Redis (two connections, four callers each): exactly one creates the first
/// data-protection key, the others wait for it and create none.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisFirstDataProtectionKeyTests(RedisServerFixture fixture)
{
    private readonly RedisTestStores _stores = new(fixture);

    [Fact]
    public async Task EnsureAsync_EightCallersOnTwoInstancesOnAnEmptyList_OneCreatesTheKeyAllReturnAfterIt()
    {
        var created = 0;
        var list = _stores.A.Keys.DataProtectionKeys;
        void CreateKey()
        {
            Interlocked.Increment(ref created);
            Thread.Sleep(200); // as data protection does: generate, then write synchronously
            _stores.Database.ListRightPush(list, "<key/>");
        }

        var callers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await new RedisFirstDataProtectionKey(i % 2 == 0 ? _stores.A : _stores.B).EnsureAsync(CreateKey, $"instance-{i}", CancellationToken.None);
            return await _stores.Database.ListLengthAsync(list);
        })).ToList();
        var lengths = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, created);
        Assert.All(lengths, length => Assert.Equal(1, length));
        Assert.False(await _stores.Database.KeyExistsAsync(_stores.A.Keys.DataProtectionKeyCreation));
    }

    [Fact]
    public async Task EnsureAsync_KeyAlreadyThere_CreatesNone()
    {
        await _stores.Database.ListRightPushAsync(_stores.A.Keys.DataProtectionKeys, "<key/>");

        await new RedisFirstDataProtectionKey(_stores.A).EnsureAsync(() => Assert.Fail("No key may be created."), "instance", CancellationToken.None);

        Assert.Equal(1, await _stores.Database.ListLengthAsync(_stores.A.Keys.DataProtectionKeys));
    }
}
