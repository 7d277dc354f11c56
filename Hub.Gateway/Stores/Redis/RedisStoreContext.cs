using Hub.Gateway.Stores.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// What every Redis store shares: the connection, the key layout, the options, the clock, and the one place where a
/// Redis failure becomes a <see cref="StoreUnavailableException"/> (fail closed: never a pretended success).
/// </summary>
internal sealed class RedisStoreContext(
    IConnectionMultiplexer multiplexer,
    IOptions<HubStoreOptions> options,
    TimeProvider timeProvider,
    ILogger<RedisStoreContext> logger)
{
    public RedisKeyspace Keys { get; } = new(options.Value.KeyPrefix);

    public HubStoreOptions Options => options.Value;

    public TimeProvider Time => timeProvider;

    public IConnectionMultiplexer Multiplexer => multiplexer;

    public async Task<T> RunAsync<T>(string operation, Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await command(multiplexer.GetDatabase()).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            RedisStoreLog.Unavailable(logger, operation, ex.GetType().Name, ex);
            throw new StoreUnavailableException($"The state store did not complete '{operation}'; nothing can be assumed done.", ex);
        }
    }
}
