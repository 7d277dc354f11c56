namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// Maps a value that a provider echoes back (SAML RelayState, OIDC state) to the flow that sent it.
/// Callers namespace the value (e.g. "oidc:" + state) when several kinds share the index.
/// </summary>
public interface ICorrelationIndex
{
    /// <summary>Records the mapping. False if <paramref name="correlation"/> is already in use.</summary>
    Task<bool> TryAddAsync(string correlation, string flowId, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Returns the flow id and removes the mapping, atomically: across all instances only one caller gets it.</summary>
    Task<string?> TryTakeAsync(string correlation, CancellationToken cancellationToken = default);
}
