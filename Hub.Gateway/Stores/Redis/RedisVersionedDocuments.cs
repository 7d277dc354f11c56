using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Serialization;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>JSON documents with a version, kept as a Redis hash {v, d}; creation and compare-and-set are Lua scripts.</summary>
internal sealed class RedisVersionedDocuments(RedisStoreContext context)
{
    private static readonly RedisValue[] Fields = ["v", "d"];

    public Task<bool> TryCreateAsync<T>(RedisKey key, T value, TimeSpan? timeToLive, CancellationToken cancellationToken) =>
        context.RunAsync("create", async db =>
        {
            var result = await db.ScriptEvaluateAsync(
                RedisScripts.VersionedCreate, [key], [StoreJson.Serialize(value), Milliseconds(timeToLive)]).ConfigureAwait(false);
            return (long)result == 1;
        }, cancellationToken);

    public Task<Versioned<T>?> GetAsync<T>(RedisKey key, CancellationToken cancellationToken) =>
        context.RunAsync("get", async db =>
        {
            var fields = await db.HashGetAsync(key, Fields).ConfigureAwait(false);
            if (fields[0].IsNull || fields[1].IsNull)
            {
                return null;
            }
            return new Versioned<T>(StoreJson.Deserialize<T>((byte[])fields[1]!), (long)fields[0]);
        }, cancellationToken);

    public Task<UpdateOutcome> TryReplaceAsync<T>(
        RedisKey key, long expectedVersion, T value, TimeSpan? newTimeToLive, CancellationToken cancellationToken) =>
        context.RunAsync("compare-and-set", async db =>
        {
            var result = (long)await db.ScriptEvaluateAsync(
                RedisScripts.VersionedReplace, [key], [expectedVersion, StoreJson.Serialize(value), Milliseconds(newTimeToLive)])
                .ConfigureAwait(false);
            return result switch
            {
                1 => UpdateOutcome.Updated,
                0 => UpdateOutcome.Conflict,
                _ => UpdateOutcome.NotFound,
            };
        }, cancellationToken);

    public Task<bool> DeleteAsync(RedisKey key, CancellationToken cancellationToken) =>
        context.RunAsync("delete", db => db.KeyDeleteAsync(key), cancellationToken);

    public Task<bool> TryDeleteAsync(RedisKey key, long expectedVersion, CancellationToken cancellationToken) =>
        context.RunAsync("compare-and-delete", async db =>
            (long)await db.ScriptEvaluateAsync(RedisScripts.VersionedDelete, [key], [expectedVersion]).ConfigureAwait(false) == 1,
            cancellationToken);

    private static long Milliseconds(TimeSpan? timeToLive) =>
        timeToLive is { } ttl ? Math.Max(1, (long)Math.Ceiling(ttl.TotalMilliseconds)) : 0;
}
