using Hub.Gateway.Stores.Abstractions;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>Correlation values at hub:{corr:&lt;hash&gt;}:flow: SET NX PX to add, GETDEL to take (one atomic command).</summary>
internal sealed class RedisCorrelationIndex(RedisStoreContext context) : ICorrelationIndex
{
    public Task<bool> TryAddAsync(string correlation, string flowId, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        context.RunAsync(
            "correlation-add",
            db => db.StringSetAsync(context.Keys.Correlation(correlation), flowId, timeToLive, When.NotExists),
            cancellationToken);

    public Task<string?> TryTakeAsync(string correlation, CancellationToken cancellationToken = default) =>
        context.RunAsync(
            "correlation-take",
            async db => (string?)await db.StringGetDeleteAsync(context.Keys.Correlation(correlation)).ConfigureAwait(false),
            cancellationToken);
}
