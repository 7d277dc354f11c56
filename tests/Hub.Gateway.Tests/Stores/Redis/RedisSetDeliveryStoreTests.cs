using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>The contract on a real redis-server, through two separate connections (two gateway instances).</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisSetDeliveryStoreTests(RedisServerFixture fixture) : SetDeliveryStoreContract
{
    private readonly RedisTestStores _stores = new(fixture);

    protected override ISetDeliveryStore Store => field ??= new RedisSetDeliveryStore(_stores.A);

    protected override ISetDeliveryStore Peer => field ??= new RedisSetDeliveryStore(_stores.B);
}
