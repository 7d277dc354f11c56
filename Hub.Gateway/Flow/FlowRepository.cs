using Hub.Gateway.Stores.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Flow;

/// <summary>
/// The flows in the shared <see cref="IFlowStateStore"/>: created with the flow lifetime, advanced only by
/// compare-and-set (two instances, or a double-clicked button, cannot both advance one flow), deleted when used.
/// </summary>
internal sealed class FlowRepository(IFlowStateStore store, IOptions<FlowOptions> options)
{
    private const string KeyPrefix = "login:";

    public Task<bool> TryCreateAsync(FlowState state, CancellationToken cancellationToken)
        => store.TryCreateAsync(KeyPrefix + state.FlowId, state, options.Value.Lifetime, cancellationToken);

    public Task<Versioned<FlowState>?> GetAsync(string flowId, CancellationToken cancellationToken)
        => store.GetAsync<FlowState>(KeyPrefix + flowId, cancellationToken);

    /// <summary>True if <paramref name="state"/> replaced the version that was read; false if another step got there first.</summary>
    public async Task<bool> TryAdvanceAsync(Versioned<FlowState> read, FlowState state, CancellationToken cancellationToken)
        => await store.TryUpdateAsync(KeyPrefix + state.FlowId, read.Version, state, cancellationToken: cancellationToken) == UpdateOutcome.Updated;

    /// <summary>Removes the flow; true for exactly one caller across all instances.</summary>
    public Task<bool> TryDeleteAsync(string flowId, CancellationToken cancellationToken)
        => store.DeleteAsync(KeyPrefix + flowId, cancellationToken);

    /// <summary>Removes the flow if it is still at <paramref name="version"/>; true for exactly one caller across all instances.</summary>
    public Task<bool> TryDeleteAsync(string flowId, long version, CancellationToken cancellationToken)
        => store.TryDeleteAsync(KeyPrefix + flowId, version, cancellationToken);
}
