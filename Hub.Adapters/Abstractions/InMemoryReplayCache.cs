using System.Collections.Concurrent;

namespace Hub.Adapters.Abstractions;

/// <summary>
/// A process-local replay cache for the demo and single-node trials. Besides the map, every addition goes into a
/// queue ordered by expiry; at most once a second an addition takes the expired entries off the front of that queue
/// and removes them from the map. A sweep so touches only what expired (walking the whole map every second cost
/// about 1 % of the gateway's CPU at a thousand logins a second, with a few hundred thousand live jti values).
/// </summary>
public sealed class InMemoryReplayCache(TimeProvider timeProvider) : IReplayCache
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> _byExpiry = new();
    private readonly Lock _queueLock = new();
    private readonly Lock _sweepLock = new();
    private long _nextSweepTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>Keys held, including expired ones not yet swept.</summary>
    public int Count => _seen.Count;

    public Task<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        SweepIfDue(now);
        var added = _seen.TryAdd(key, expiresAt);
        if (!added && _seen.TryGetValue(key, out var existing) && existing <= now)
        {
            // The earlier entry expired: only then may the key be used again.
            added = _seen.TryUpdate(key, expiresAt, existing);
        }
        if (added)
        {
            lock (_queueLock)
            {
                _byExpiry.Enqueue(key, expiresAt);
            }
        }
        return Task.FromResult(added);
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now.UtcTicks < Volatile.Read(ref _nextSweepTicks) || !_sweepLock.TryEnter())
        {
            return;
        }
        try
        {
            Volatile.Write(ref _nextSweepTicks, (now + SweepInterval).UtcTicks);
            foreach (var expired in TakeExpired(now))
            {
                // Only the value queued: a key re-added meanwhile with a later expiry stays (its own queue entry
                // removes it when that expiry passes).
                _seen.TryRemove(expired);
            }
        }
        finally
        {
            _sweepLock.Exit();
        }
    }

    private List<KeyValuePair<string, DateTimeOffset>> TakeExpired(DateTimeOffset now)
    {
        var expired = new List<KeyValuePair<string, DateTimeOffset>>();
        lock (_queueLock)
        {
            while (_byExpiry.TryPeek(out var key, out var expiresAt) && expiresAt <= now)
            {
                _byExpiry.Dequeue();
                expired.Add(new KeyValuePair<string, DateTimeOffset>(key, expiresAt));
            }
        }
        return expired;
    }
}
