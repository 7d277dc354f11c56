using Hub.Adapters.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>The contract on a real redis-server, through two separate connections (two gateway instances), with real TTLs.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisReplayCacheTests(RedisServerFixture fixture) : ReplayCacheContract
{
    private readonly RedisTestStores _stores = new(fixture);

    protected override IReplayCache Cache => field ??= new RedisReplayCache(_stores.A);

    protected override IReplayCache Peer => field ??= new RedisReplayCache(_stores.B);

    protected override DateTimeOffset Now => DateTimeOffset.UtcNow;

    protected override Task PassTimeAsync(TimeSpan time) => Task.Delay(time);
}
