using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Serialization;

namespace Hub.Gateway.Stores.InMemory;

/// <summary>Flow state in this process. Values are kept serialized, so callers never share mutable state with the store.</summary>
public sealed class InMemoryFlowStateStore(TimeProvider timeProvider) : IFlowStateStore
{
    private readonly ExpiringMap<Versioned<byte[]>> _flows = new(timeProvider);

    public Task<bool> TryCreateAsync<T>(string flowId, T state, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Task.FromResult(_flows.TryAdd(flowId, new Versioned<byte[]>(StoreJson.Serialize(state), 1), timeToLive));

    public Task<Versioned<T>?> GetAsync<T>(string flowId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_flows.TryGet(flowId, out var stored)
            ? new Versioned<T>(StoreJson.Deserialize<T>(stored.Value), stored.Version)
            : null);

    public Task<UpdateOutcome> TryUpdateAsync<T>(
        string flowId, long expectedVersion, T state, TimeSpan? newTimeToLive = null, CancellationToken cancellationToken = default)
    {
        var json = StoreJson.Serialize(state);
        var updated = _flows.TryReplace(
            flowId,
            current => current.Version == expectedVersion ? new Versioned<byte[]>(json, expectedVersion + 1) : null,
            newTimeToLive,
            out var found);
        return Task.FromResult(updated ? UpdateOutcome.Updated : found ? UpdateOutcome.Conflict : UpdateOutcome.NotFound);
    }

    public Task<bool> DeleteAsync(string flowId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_flows.Remove(flowId));

    public Task<bool> TryDeleteAsync(string flowId, long expectedVersion, CancellationToken cancellationToken = default) =>
        Task.FromResult(_flows.RemoveIf(flowId, stored => stored.Version == expectedVersion));
}
