namespace Hub.Adapters.Abstractions;

/// <summary>
/// Remembers single-use values (SAML assertion IDs, OIDC state, client-assertion jti) until they expire.
/// The gateway supplies the Redis implementation; <see cref="InMemoryReplayCache"/> serves one process.
/// </summary>
public interface IReplayCache
{
    /// <summary>True if <paramref name="key"/> was not seen before and is now recorded; false on a replay.</summary>
    Task<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
