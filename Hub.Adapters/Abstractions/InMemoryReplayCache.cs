using System.Collections.Concurrent;

namespace Hub.Adapters.Abstractions;

/// <summary>
/// A process-local replay cache for the demo and single-node trials. Expired entries are swept in one pass when the
/// cache has grown past a threshold, at most once a second unless it doubled since the last sweep, so the cost of a
/// sweep is shared by many additions (sweeping on every addition made each one walk the whole cache under load).
/// </summary>
public sealed class InMemoryReplayCache(TimeProvider timeProvider) : IReplayCache
{
    private const int SweepThreshold = 10_000;
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Lock _sweepLock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;
    private int _countAfterSweep;

    // ConcurrentDictionary.Count takes every lock of the dictionary: an approximate count kept beside it instead.
    private int _approximateCount;

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
        else if (added)
        {
            Interlocked.Increment(ref _approximateCount);
        }
        return Task.FromResult(added);
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var count = Volatile.Read(ref _approximateCount);
        if (count <= SweepThreshold || (now < _nextSweep && count < 2 * Volatile.Read(ref _countAfterSweep)) || !_sweepLock.TryEnter())
        {
            return;
        }
        try
        {
            foreach (var (k, expiry) in _seen)
            {
                // Only the expired value: a key re-added meanwhile with a new expiry stays.
                if (expiry <= now)
                {
                    _seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(k, expiry));
                }
            }
            _nextSweep = now + SweepInterval;
            var remaining = _seen.Count;
            Volatile.Write(ref _countAfterSweep, remaining);
            Volatile.Write(ref _approximateCount, remaining);
        }
        finally
        {
            _sweepLock.Exit();
        }
    }
}
