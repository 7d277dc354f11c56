using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Serialization;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// The delivery queue in Redis, all under one hash tag (a small volume): a sorted set of delivery ids by due time,
/// one JSON document per delivery, and a hash of (owner, client) to the latest delivery id. Leasing moves the due
/// time forward atomically (a script), so two instances never attempt the same delivery at once. Finished
/// deliveries leave the queue and their documents expire after <see cref="HubStoreOptions.RevocationRetention"/>.
/// </summary>
internal sealed class RedisSetDeliveryStore(RedisStoreContext context) : ISetDeliveryStore
{
    private const string LeaseScript = """
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
        for _, id in ipairs(ids) do
            redis.call('ZADD', KEYS[1], 'XX', ARGV[3], id)
        end
        return ids
        """;

    private RedisKey Queue => $"{context.Keys.Prefix}{{set-delivery}}:due";

    private RedisKey Latest => $"{context.Keys.Prefix}{{set-delivery}}:latest";

    private RedisKey Document(string id) => $"{context.Keys.Prefix}{{set-delivery}}:d:{KeyDigest.Of(id)}";

    private static string LatestField(string owner, string clientId) => KeyDigest.Of(owner + "\n" + clientId);

    public Task AddAsync(SetDelivery delivery, CancellationToken cancellationToken = default) =>
        context.RunAsync("set-delivery-add", async db =>
        {
            var transaction = db.CreateTransaction();
            _ = transaction.StringSetAsync(Document(delivery.Id), StoreJson.Serialize(delivery));
            _ = transaction.SortedSetAddAsync(Queue, delivery.Id, delivery.NextAttemptAt.ToUnixTimeMilliseconds());
            _ = transaction.HashSetAsync(Latest, LatestField(delivery.Owner, delivery.ClientId), delivery.Id);
            return await transaction.ExecuteAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<SetDelivery>> LeaseDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
        context.RunAsync<IReadOnlyList<SetDelivery>>("set-delivery-lease", async db =>
        {
            RedisValue[] args = [now.ToUnixTimeMilliseconds(), max, (now + lease).ToUnixTimeMilliseconds()];
            var ids = (RedisValue[]?)await db.ScriptEvaluateAsync(LeaseScript, [Queue], args).ConfigureAwait(false) ?? [];
            var leased = new List<SetDelivery>(ids.Length);
            foreach (var id in ids)
            {
                var json = await db.StringGetAsync(Document(id.ToString())).ConfigureAwait(false);
                if (json.IsNull)
                {
                    await db.SortedSetRemoveAsync(Queue, id).ConfigureAwait(false);
                    continue;
                }
                leased.Add(StoreJson.Deserialize<SetDelivery>((byte[])json!));
            }
            return leased;
        }, cancellationToken);

    public Task UpdateAsync(SetDelivery delivery, CancellationToken cancellationToken = default) =>
        context.RunAsync("set-delivery-update", async db =>
        {
            var finished = delivery.State is SetDeliveryState.Delivered or SetDeliveryState.Failed;
            var transaction = db.CreateTransaction();
            _ = finished
                ? transaction.StringSetAsync(Document(delivery.Id), StoreJson.Serialize(delivery), context.Options.RevocationRetention)
                : transaction.StringSetAsync(Document(delivery.Id), StoreJson.Serialize(delivery));
            _ = finished
                ? transaction.SortedSetRemoveAsync(Queue, delivery.Id)
                : transaction.SortedSetAddAsync(Queue, delivery.Id, delivery.NextAttemptAt.ToUnixTimeMilliseconds());
            return await transaction.ExecuteAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<SetDelivery?> GetLatestAsync(string owner, string clientId, CancellationToken cancellationToken = default) =>
        context.RunAsync("set-delivery-latest", async db =>
        {
            var id = await db.HashGetAsync(Latest, LatestField(owner, clientId)).ConfigureAwait(false);
            if (id.IsNull)
            {
                return null;
            }
            var json = await db.StringGetAsync(Document(id.ToString())).ConfigureAwait(false);
            return json.IsNull ? null : StoreJson.Deserialize<SetDelivery>((byte[])json!);
        }, cancellationToken);
}
