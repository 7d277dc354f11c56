using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.InMemory;

public sealed class InMemoryCorrelationIndex(TimeProvider timeProvider) : ICorrelationIndex
{
    private readonly ExpiringMap<string> _flows = new(timeProvider);

    public Task<bool> TryAddAsync(string correlation, string flowId, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Task.FromResult(_flows.TryAdd(correlation, flowId, timeToLive));

    public Task<string?> TryTakeAsync(string correlation, CancellationToken cancellationToken = default) =>
        Task.FromResult(_flows.TryTake(correlation, out var flowId) ? flowId : null);
}
