using Hub.Gateway.Stores;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>Builds Redis store contexts for "instance A" and "instance B" under a key prefix of their own test.</summary>
internal sealed class RedisTestStores(RedisServerFixture fixture, Action<HubStoreOptions>? configure = null)
{
    public string Prefix { get; } = $"test-{Guid.NewGuid():N}:";

    public RedisStoreContext A => For(fixture.InstanceA);

    public RedisStoreContext B => For(fixture.InstanceB);

    public IDatabase Database => fixture.InstanceA.GetDatabase();

    public RedisStoreContext For(IConnectionMultiplexer multiplexer)
    {
        var options = new HubStoreOptions { KeyPrefix = Prefix };
        configure?.Invoke(options);
        return new RedisStoreContext(multiplexer, Options.Create(options), TimeProvider.System, NullLogger<RedisStoreContext>.Instance);
    }
}
