using Hub.Adapters.Abstractions;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Stores.KeyRingProtection;
using Hub.Gateway.Stores.KeyWarmUp;
using Hub.Gateway.Stores.Redis;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Registration;

/// <summary>
/// Registers the state stores. Everything is added with TryAdd, so a host can register its own implementation of any
/// store first. <see cref="AddHubStores"/> picks Redis when Redis:Configuration is set, else the in-process stores.
/// </summary>
public static class StoreServiceCollectionExtensions
{
    /// <summary>The data-protection application name every instance shares, so each can read the others' cookies.</summary>
    public const string DataProtectionApplicationName = "RegionalIdHub";

    public static IServiceCollection AddHubStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubStoreOptions>().Bind(configuration.GetSection(HubStoreOptions.SectionName));
        var redis = configuration["Redis:Configuration"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return services.AddInMemoryStores();
        }
        services.AddKeyRingProtection(configuration);
        return services.AddRedisStores(redis);
    }

    /// <summary>The in-process stores: for the demo and single-node trials (state is lost on restart).</summary>
    public static IServiceCollection AddInMemoryStores(this IServiceCollection services)
    {
        AddCommon(services);
        services.TryAddSingleton<IFlowStateStore, InMemoryFlowStateStore>();
        services.TryAddSingleton<ICorrelationIndex, InMemoryCorrelationIndex>();
        services.TryAddSingleton<IAuthorizationCodeStore, InMemoryAuthorizationCodeStore>();
        services.TryAddSingleton<IReplayCache, InMemoryReplayCache>();
        services.TryAddSingleton<IConsentStore, InMemoryConsentStore>();
        services.TryAddSingleton<ITokenRevocationStore, InMemoryTokenRevocationStore>();
        services.TryAddSingleton<ISetDeliveryStore, InMemorySetDeliveryStore>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<IHubKeyStore, InMemoryHubKeyStore>();
        services.TryAddSingleton<IStoreHealth, InMemoryStoreHealth>();
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        return services;
    }

    /// <summary>
    /// The Redis stores, for production and several instances. <paramref name="configuration"/> is a StackExchange.Redis
    /// configuration string. The connection never aborts at start (the host starts unready and recovers when Redis
    /// comes); operations time out after 2 s unless the string sets asyncTimeout. Data-protection keys go to Redis too
    /// (encrypted to a certificate when <see cref="AddHubStores"/> reads one from <c>DataProtection:CertificatePath</c>).
    /// </summary>
    public static IServiceCollection AddRedisStores(this IServiceCollection services, string configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        AddCommon(services);
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisConnectionOptions.From(configuration)));
        services.TryAddSingleton<RedisStoreContext>();
        services.TryAddSingleton<IFlowStateStore, RedisFlowStateStore>();
        services.TryAddSingleton<ICorrelationIndex, RedisCorrelationIndex>();
        services.TryAddSingleton<IAuthorizationCodeStore, RedisAuthorizationCodeStore>();
        services.TryAddSingleton<IReplayCache, RedisReplayCache>();
        services.TryAddSingleton<IConsentStore, RedisConsentStore>();
        services.TryAddSingleton<ITokenRevocationStore, RedisTokenRevocationStore>();
        services.TryAddSingleton<ISetDeliveryStore, RedisSetDeliveryStore>();
        services.TryAddSingleton<IAuditLog, RedisAuditLog>();
        services.TryAddSingleton<IHubKeyStore, RedisHubKeyStore>();
        services.TryAddSingleton<IStoreHealth, RedisStoreHealth>();
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IConnectionMultiplexer, IOptions<HubStoreOptions>>((keyManagement, multiplexer, options) =>
            {
                keyManagement.XmlRepository ??= new RedisXmlRepository(
                    () => multiplexer.GetDatabase(), new Redis.RedisKeyspace(options.Value.KeyPrefix).DataProtectionKeys);
            });
        return services;
    }

    private static void AddCommon(IServiceCollection services)
    {
        services.AddOptions<HubStoreOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HubStoreOptions>, HubStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<SharedKeysWarmUp>();
    }
}
