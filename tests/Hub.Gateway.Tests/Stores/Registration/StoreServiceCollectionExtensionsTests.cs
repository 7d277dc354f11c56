using Hub.Adapters.Abstractions;
using Hub.Gateway.Stores;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Stores.Registration;
using Hub.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Gateway.Tests.Stores.Registration;

[Collection(RedisCollection.Name)]
public sealed class StoreServiceCollectionExtensionsTests(RedisServerFixture fixture)
{
    [Fact]
    public void AddHubStores_NoRedisConfiguration_ResolvesTheInMemoryStores()
    {
        using var provider = Build(new Dictionary<string, string?>());

        Assert.IsType<InMemoryFlowStateStore>(provider.GetRequiredService<IFlowStateStore>());
        Assert.IsType<InMemoryCorrelationIndex>(provider.GetRequiredService<ICorrelationIndex>());
        Assert.IsType<InMemoryAuthorizationCodeStore>(provider.GetRequiredService<IAuthorizationCodeStore>());
        Assert.IsType<InMemoryReplayCache>(provider.GetRequiredService<IReplayCache>());
        Assert.IsType<InMemoryConsentStore>(provider.GetRequiredService<IConsentStore>());
        Assert.IsType<InMemoryTokenRevocationStore>(provider.GetRequiredService<ITokenRevocationStore>());
        Assert.IsType<InMemoryAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<InMemoryHubKeyStore>(provider.GetRequiredService<IHubKeyStore>());
        Assert.IsType<InMemoryStoreHealth>(provider.GetRequiredService<IStoreHealth>());
        Assert.Null(provider.GetService<IConnectionMultiplexer>());
    }

    [Fact]
    public async Task AddHubStores_RedisConfiguration_ResolvesTheRedisStoresOnTheConfiguredPrefix()
    {
        var prefix = $"reg-{Guid.NewGuid():N}:";
        using var provider = Build(RedisSettings(prefix));

        Assert.IsType<RedisFlowStateStore>(provider.GetRequiredService<IFlowStateStore>());
        Assert.IsType<RedisCorrelationIndex>(provider.GetRequiredService<ICorrelationIndex>());
        Assert.IsType<RedisAuthorizationCodeStore>(provider.GetRequiredService<IAuthorizationCodeStore>());
        Assert.IsType<RedisReplayCache>(provider.GetRequiredService<IReplayCache>());
        Assert.IsType<RedisConsentStore>(provider.GetRequiredService<IConsentStore>());
        Assert.IsType<RedisTokenRevocationStore>(provider.GetRequiredService<ITokenRevocationStore>());
        Assert.IsType<RedisAuditLog>(provider.GetRequiredService<IAuditLog>());
        Assert.IsType<RedisHubKeyStore>(provider.GetRequiredService<IHubKeyStore>());
        Assert.True(await provider.GetRequiredService<IStoreHealth>().IsReachableAsync());

        await provider.GetRequiredService<IHubKeyStore>().GetOrCreateAsync(() => new HubKeySet([]));
        Assert.True(await fixture.InstanceA.GetDatabase().KeyExistsAsync(prefix + "signing-keys"));
    }

    [Fact]
    public async Task AddHubStores_RedisConfiguration_TwoHostsShareDataProtectionKeysInRedis()
    {
        var prefix = $"reg-{Guid.NewGuid():N}:";
        using var first = Build(RedisSettings(prefix));
        using var second = Build(RedisSettings(prefix));

        var cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookies").Protect("flow-1");
        var read = second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookies").Unprotect(cookie);

        Assert.Equal("flow-1", read);
        Assert.True(await fixture.InstanceA.GetDatabase().KeyExistsAsync(prefix + "dataprotection-keys"));
        Assert.NotSame(first.GetRequiredService<IConnectionMultiplexer>(), second.GetRequiredService<IConnectionMultiplexer>());
    }

    [Fact]
    public void AddInMemoryStores_HostRegisteredItsOwnStoreFirst_KeepsTheHostsStore()
    {
        var services = new ServiceCollection().AddLogging();
        var own = new InMemoryHubKeyStore();
        services.AddSingleton<IHubKeyStore>(own);

        services.AddInMemoryStores();
        using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IHubKeyStore>());
        Assert.Single(services, d => d.ServiceType == typeof(IHubKeyStore));
    }

    [Fact]
    public void AddHubStores_KeyPrefixWithBraces_FailsOptionsValidation()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Stores:KeyPrefix"] = "hub{x}:" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HubStoreOptions>>().Value);
        Assert.Contains("KeyPrefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHubStores_NoAuditPartitions_FailsOptionsValidation()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Stores:AuditPartitions"] = "0" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HubStoreOptions>>().Value);
    }

    [Fact]
    public async Task AddRedisStores_RedisUnreachableAtStart_ResolvesButFailsClosed()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddRedisStores($"127.0.0.1:{UnusedPort()},connectTimeout=300,asyncTimeout=300,syncTimeout=300");
        using var provider = services.BuildServiceProvider();

        Assert.False(await provider.GetRequiredService<IStoreHealth>().IsReachableAsync());
        await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            provider.GetRequiredService<IFlowStateStore>().TryCreateAsync("f", 1, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void RedisConnectionOptions_PlainEndpoint_NeverAbortsAndUsesShortTimeouts()
    {
        var options = RedisConnectionOptions.From("127.0.0.1:6379");

        Assert.False(options.AbortOnConnectFail);
        Assert.Equal(
            (RedisConnectionOptions.DefaultTimeoutMilliseconds, RedisConnectionOptions.DefaultTimeoutMilliseconds),
            (options.AsyncTimeout, options.ConnectTimeout));
    }

    [Fact]
    public void RedisConnectionOptions_ExplicitTimeoutsAndAbortConnect_KeepsTimeoutsButNeverAborts()
    {
        var options = RedisConnectionOptions.From("127.0.0.1:6379,asyncTimeout=300,connectTimeout=400,abortConnect=true");

        Assert.False(options.AbortOnConnectFail);
        Assert.Equal((300, 400), (options.AsyncTimeout, options.ConnectTimeout));
    }

    private Dictionary<string, string?> RedisSettings(string prefix) => new()
    {
        ["Redis:Configuration"] = fixture.ConnectionString,
        ["Stores:KeyPrefix"] = prefix,
    };

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddHubStores(configuration);
        return services.BuildServiceProvider();
    }

    private static int UnusedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
