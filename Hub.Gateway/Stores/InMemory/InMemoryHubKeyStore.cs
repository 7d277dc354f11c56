using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.InMemory;

public sealed class InMemoryHubKeyStore : IHubKeyStore
{
    private readonly Lock _lock = new();
    private Versioned<HubKeySet>? _keys;

    public Task<Versioned<HubKeySet>?> GetAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_keys);
        }
    }

    public Task<Versioned<HubKeySet>> GetOrCreateAsync(Func<HubKeySet> create, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _keys ??= new Versioned<HubKeySet>(create(), 1);
            return Task.FromResult(_keys);
        }
    }

    public Task<UpdateOutcome> TryReplaceAsync(HubKeySet keys, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_keys is null)
            {
                return Task.FromResult(UpdateOutcome.NotFound);
            }
            if (_keys.Version != expectedVersion)
            {
                return Task.FromResult(UpdateOutcome.Conflict);
            }
            _keys = new Versioned<HubKeySet>(keys, expectedVersion + 1);
            return Task.FromResult(UpdateOutcome.Updated);
        }
    }
}
