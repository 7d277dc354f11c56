using StackExchange.Redis;

namespace Hub.Gateway.Tests.Infrastructure;

/// <summary>
/// One real redis-server for every test in the "Redis" collection, plus two independent connections to it that stand
/// for two gateway instances. redis-server must be installed (the README test command installs it); if it is not,
/// the tests fail with a message that says so, rather than being skipped.
/// Tests isolate themselves with a fresh key prefix, so none needs to flush the server.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServerProcess? _server;

    public RedisServerProcess Server => _server ?? throw new InvalidOperationException("The fixture is not initialized.");

    public string ConnectionString => Server.ConnectionString;

    /// <summary>The connection of "gateway instance A".</summary>
    public IConnectionMultiplexer InstanceA { get; private set; } = null!;

    /// <summary>The connection of "gateway instance B": a separate multiplexer with its own sockets.</summary>
    public IConnectionMultiplexer InstanceB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await RedisServerProcess.StartAsync();
        InstanceA = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
        InstanceB = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (InstanceA is not null)
        {
            await InstanceA.DisposeAsync();
        }
        if (InstanceB is not null)
        {
            await InstanceB.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>Tests that use the shared redis-server join this collection (they then run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "Redis";
}
