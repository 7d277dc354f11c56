using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.Redis;

/// <summary>The hub key set in Redis at hub:signing-keys (one key, no TTL), created if absent and rotated by compare-and-set.</summary>
internal sealed class RedisHubKeyStore(RedisStoreContext context) : IHubKeyStore
{
    private readonly RedisVersionedDocuments _documents = new(context);

    public Task<Versioned<HubKeySet>?> GetAsync(CancellationToken cancellationToken = default) =>
        _documents.GetAsync<HubKeySet>(context.Keys.HubKeys, cancellationToken);

    public async Task<Versioned<HubKeySet>> GetOrCreateAsync(Func<HubKeySet> create, CancellationToken cancellationToken = default)
    {
        // Another round only if the set is deleted between a lost create and the read (an operator resetting keys).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await GetAsync(cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return existing;
            }
            var proposed = create();
            if (await _documents.TryCreateAsync(context.Keys.HubKeys, proposed, timeToLive: null, cancellationToken).ConfigureAwait(false))
            {
                return new Versioned<HubKeySet>(proposed, 1);
            }
        }
        throw new StoreUnavailableException("The hub key set kept disappearing while it was being created; try again.");
    }

    public Task<UpdateOutcome> TryReplaceAsync(HubKeySet keys, long expectedVersion, CancellationToken cancellationToken = default) =>
        _documents.TryReplaceAsync(context.Keys.HubKeys, expectedVersion, keys, newTimeToLive: null, cancellationToken);
}
