using System.Security.Cryptography;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Microsoft.AspNetCore.DataProtection;
using Hub.TrustList.Common;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.KeyWarmUp;

/// <summary>
/// Before the host takes requests: the data-protection key ring (the first key created once between instances on an
/// empty Redis, <see cref="RedisFirstDataProtectionKey"/>) and the hub's signing keys (create-if-absent in the
/// store) are read or made here, once. Without it the first requests of a fresh deployment did this work
/// themselves, each instance at once: data protection's synchronous Redis reads and writes and the RSA key
/// generation on request threads, and a key per instance. If the store is unreachable the host still starts
/// (unready); the keys are then made at first use, as before.
/// </summary>
internal sealed partial class SharedKeysWarmUp(IServiceProvider services, IDataProtectionProvider dataProtection, ILogger<SharedKeysWarmUp> logger)
    : IHostedService
{
    private const string Purpose = "Hub.Gateway.Stores.KeyWarmUp";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Bound);
        try
        {
            var protector = dataProtection.CreateProtector(Purpose);
            if (services.GetService<RedisStoreContext>() is { } redis)
            {
                var token = (services.GetService<ISecureRandom>() ?? SystemSecureRandom.Instance).NextToken(16);
                await new RedisFirstDataProtectionKey(redis).EnsureAsync(() => protector.Protect([1]), token, bounded.Token);
            }
            protector.Protect([1]);
            if (services.GetService<HubKeyRing>() is { } hubKeys)
            {
                await hubKeys.GetAsync(bounded.Token);
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or OperationCanceledException or StoreUnavailableException
                                       or CryptographicException)
        {
            Deferred(logger, ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4130, Level = LogLevel.Warning, Message = "keys.warm_up_deferred: the shared keys were not read at start ({ErrorType}); they are read or made at first use.")]
    private static partial void Deferred(ILogger logger, string errorType);
}
