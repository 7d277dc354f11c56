namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>
/// Where the hub's signing and encryption keys live, shared by every instance. <see cref="InMemoryHubKeyStore"/>
/// serves one process (demo, tests); a Redis store serves several instances.
/// </summary>
public interface IHubKeyStore
{
    Task<IReadOnlyList<HubKeyRecord>> GetAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="key"/> unless a key already holds its slot (same algorithm and generation).
    /// Atomic across instances. True if this key was stored, false if another one was there first.
    /// </summary>
    Task<bool> TryAddAsync(HubKeyRecord key, CancellationToken cancellationToken);

    /// <summary>Removes a key that is past its expiry (no longer published, no token left to verify).</summary>
    Task RemoveAsync(HubKeyRecord key, CancellationToken cancellationToken);
}
