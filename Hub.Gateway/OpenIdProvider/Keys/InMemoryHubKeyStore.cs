using System.Collections.Concurrent;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>A process-local key store for the demo and single-node trials: keys are lost at restart.</summary>
public sealed class InMemoryHubKeyStore : IHubKeyStore
{
    private readonly ConcurrentDictionary<string, HubKeyRecord> _keys = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<HubKeyRecord>> GetAllAsync(CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<HubKeyRecord>>([.. _keys.Values]);

    public Task<bool> TryAddAsync(HubKeyRecord key, CancellationToken cancellationToken)
        => Task.FromResult(_keys.TryAdd(key.Slot, key));

    public Task RemoveAsync(HubKeyRecord key, CancellationToken cancellationToken)
    {
        _keys.TryRemove(new KeyValuePair<string, HubKeyRecord>(key.Slot, key));
        return Task.CompletedTask;
    }
}
