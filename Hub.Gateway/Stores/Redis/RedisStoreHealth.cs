using Hub.Gateway.Stores.Abstractions;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>Reachable when the multiplexer is connected and a PING comes back.</summary>
internal sealed class RedisStoreHealth(RedisStoreContext context) : IStoreHealth
{
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        if (!context.Multiplexer.IsConnected)
        {
            return false;
        }
        try
        {
            await context.RunAsync("ping", db => db.PingAsync(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StoreUnavailableException)
        {
            return false;
        }
    }
}
