using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.Redis;

/// <summary>Flow state in Redis at hub:{flow:&lt;hash&gt;}:state, a hash {v: version, d: JSON} with the flow's TTL.</summary>
internal sealed class RedisFlowStateStore(RedisStoreContext context) : IFlowStateStore
{
    private readonly RedisVersionedDocuments _documents = new(context);

    public Task<bool> TryCreateAsync<T>(string flowId, T state, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        _documents.TryCreateAsync(context.Keys.Flow(flowId), state, timeToLive, cancellationToken);

    public Task<Versioned<T>?> GetAsync<T>(string flowId, CancellationToken cancellationToken = default) =>
        _documents.GetAsync<T>(context.Keys.Flow(flowId), cancellationToken);

    public Task<UpdateOutcome> TryUpdateAsync<T>(
        string flowId, long expectedVersion, T state, TimeSpan? newTimeToLive = null, CancellationToken cancellationToken = default) =>
        _documents.TryReplaceAsync(context.Keys.Flow(flowId), expectedVersion, state, newTimeToLive, cancellationToken);

    public Task<bool> DeleteAsync(string flowId, CancellationToken cancellationToken = default) =>
        _documents.DeleteAsync(context.Keys.Flow(flowId), cancellationToken);

    public Task<bool> TryDeleteAsync(string flowId, long expectedVersion, CancellationToken cancellationToken = default) =>
        _documents.TryDeleteAsync(context.Keys.Flow(flowId), expectedVersion, cancellationToken);
}
