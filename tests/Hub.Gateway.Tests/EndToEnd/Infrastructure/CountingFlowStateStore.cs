using System.Collections.Concurrent;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>A flow store that counts each kind of operation, then lets the real store do it.</summary>
public sealed class CountingFlowStateStore(IFlowStateStore inner) : IFlowStateStore
{
    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public int Count(string operation) => Calls.GetValueOrDefault(operation);

    public void Reset() => Calls.Clear();

    public Task<bool> TryCreateAsync<T>(string flowId, T state, TimeSpan timeToLive, CancellationToken cancellationToken = default)
        => Counted("create", inner.TryCreateAsync(flowId, state, timeToLive, cancellationToken));

    public Task<Versioned<T>?> GetAsync<T>(string flowId, CancellationToken cancellationToken = default)
        => Counted("get", inner.GetAsync<T>(flowId, cancellationToken));

    public Task<UpdateOutcome> TryUpdateAsync<T>(
        string flowId, long expectedVersion, T state, TimeSpan? newTimeToLive = null, CancellationToken cancellationToken = default)
        => Counted("update", inner.TryUpdateAsync(flowId, expectedVersion, state, newTimeToLive, cancellationToken));

    public Task<bool> DeleteAsync(string flowId, CancellationToken cancellationToken = default)
        => Counted("delete", inner.DeleteAsync(flowId, cancellationToken));

    /// <summary>Runs before each compare-and-delete, e.g. to change the flow in between as another instance would.</summary>
    public Func<string, long, Task>? BeforeVersionDelete { get; set; }

    public async Task<bool> TryDeleteAsync(string flowId, long expectedVersion, CancellationToken cancellationToken = default)
    {
        if (BeforeVersionDelete is { } before)
        {
            await before(flowId, expectedVersion);
        }
        return await Counted("delete-version", inner.TryDeleteAsync(flowId, expectedVersion, cancellationToken));
    }

    private TResult Counted<TResult>(string operation, TResult result)
    {
        Calls.AddOrUpdate(operation, 1, (_, count) => count + 1);
        return result;
    }
}
