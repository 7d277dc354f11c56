using Hub.Adapters.Abstractions;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>Seen values at hub:{replay:&lt;hash&gt;}:seen with SET NX PX: the first writer across all instances wins.</summary>
internal sealed class RedisReplayCache(RedisStoreContext context) : IReplayCache
{
    public Task<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        // A value already past its expiry is still recorded briefly: a replay of it must not slip through a race.
        var remaining = expiresAt - context.Time.GetUtcNow();
        var timeToLive = remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1);
        return context.RunAsync(
            "replay-add",
            db => db.StringSetAsync(context.Keys.Replay(key), "1", timeToLive, When.NotExists),
            cancellationToken);
    }
}
