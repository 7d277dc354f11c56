namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// The hub's signing key set, shared by all instances. Creation is "create if absent": instances that start together
/// each propose a set, exactly one is stored, and all of them get that one. Rotation is compare-and-set on the version.
/// </summary>
public interface IHubKeyStore
{
    Task<Versioned<HubKeySet>?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored set; if there is none, stores the one <paramref name="create"/> makes, unless another instance won the race.</summary>
    Task<Versioned<HubKeySet>> GetOrCreateAsync(Func<HubKeySet> create, CancellationToken cancellationToken = default);

    /// <summary>Replaces the set (rotation) if its version is still <paramref name="expectedVersion"/>.</summary>
    Task<UpdateOutcome> TryReplaceAsync(HubKeySet keys, long expectedVersion, CancellationToken cancellationToken = default);
}
