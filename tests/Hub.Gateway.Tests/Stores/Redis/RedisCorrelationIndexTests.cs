using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>The contract on a real redis-server, through two separate connections (two gateway instances), with real TTLs.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisCorrelationIndexTests(RedisServerFixture fixture) : CorrelationIndexContract
{
    private readonly RedisTestStores _stores = new(fixture);

    protected override ICorrelationIndex Index => field ??= new RedisCorrelationIndex(_stores.A);

    protected override ICorrelationIndex Peer => field ??= new RedisCorrelationIndex(_stores.B);

    protected override Task PassTimeAsync(TimeSpan time) => Task.Delay(time);
}
