using System.Collections.Concurrent;

namespace Hub.Adapters.Abstractions;

/// <summary>A process-local replay cache for the demo and single-node trials.</summary>
public sealed class InMemoryReplayCache(TimeProvider timeProvider) : IReplayCache
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public Task<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_seen.Count > 10_000)
        {
            foreach (var (k, expiry) in _seen)
            {
                if (expiry <= now)
                {
                    _seen.TryRemove(k, out _);
                }
            }
        }
        var added = _seen.TryAdd(key, expiresAt);
        if (!added && _seen.TryGetValue(key, out var existing) && existing <= now)
        {
            // The earlier entry expired: only then may the key be used again.
            added = _seen.TryUpdate(key, expiresAt, existing);
        }
        return Task.FromResult(added);
    }
}
