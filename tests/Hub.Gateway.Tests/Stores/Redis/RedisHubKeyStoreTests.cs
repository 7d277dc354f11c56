using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Stores.Contracts;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>The contract on a real redis-server, through two separate connections (two gateway instances), with real TTLs.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisHubKeyStoreTests(RedisServerFixture fixture) : HubKeyStoreContract
{
    private readonly RedisTestStores _stores = new(fixture);

    protected override IHubKeyStore Store => field ??= new RedisHubKeyStore(_stores.A);

    protected override IHubKeyStore Peer => field ??= new RedisHubKeyStore(_stores.B);
}
