using Hub.Gateway.Stores;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Gateway.Tests.Stores.Redis;

/// <summary>Builds Redis store contexts for "instance A" and "instance B" under a key prefix of their own test.</summary>
internal sealed class RedisTestStores(IConnectionMultiplexer instanceA, IConnectionMultiplexer instanceB, Action<HubStoreOptions>? configure = null)
{
    public RedisTestStores(RedisServerFixture fixture, Action<HubStoreOptions>? configure = null)
        : this(fixture.InstanceA, fixture.InstanceB, configure)
    {
    }

    public string Prefix { get; } = $"test-{Guid.NewGuid():N}:";

    public RedisStoreContext A => field ??= For(instanceA);

    public RedisStoreContext B => field ??= For(instanceB);

    public IDatabase Database => instanceA.GetDatabase();

    private RedisStoreContext For(IConnectionMultiplexer multiplexer)
    {
        var options = new HubStoreOptions { KeyPrefix = Prefix };
        configure?.Invoke(options);
        return new RedisStoreContext(multiplexer, Options.Create(options), TimeProvider.System, NullLogger<RedisStoreContext>.Instance);
    }
}
