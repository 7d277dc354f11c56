namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// The state of one login flow, shared by all gateway instances. Values are records serialized with System.Text.Json.
/// Updates are compare-and-set on the version, so two instances cannot both advance the same flow.
/// </summary>
public interface IFlowStateStore
{
    /// <summary>Stores a new flow at version 1. False if <paramref name="flowId"/> is already taken.</summary>
    Task<bool> TryCreateAsync<T>(string flowId, T state, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>The flow and its version, or null if it does not exist or has expired.</summary>
    Task<Versioned<T>?> GetAsync<T>(string flowId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the flow if its version is still <paramref name="expectedVersion"/>; the version then becomes
    /// <paramref name="expectedVersion"/> + 1. The flow keeps its original expiry unless <paramref name="newTimeToLive"/> is given.
    /// </summary>
    Task<UpdateOutcome> TryUpdateAsync<T>(
        string flowId, long expectedVersion, T state, TimeSpan? newTimeToLive = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the flow. False if it did not exist.</summary>
    Task<bool> DeleteAsync(string flowId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the flow if its version is still <paramref name="expectedVersion"/>, atomically: true for exactly one
    /// caller across all instances; false if it changed, was removed or has expired (and then nothing is removed).
    /// </summary>
    Task<bool> TryDeleteAsync(string flowId, long expectedVersion, CancellationToken cancellationToken = default);
}
