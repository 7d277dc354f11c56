namespace Hub.Gateway.Stores.InMemory;

/// <summary>
/// A thread-safe map whose entries expire by the injected <see cref="TimeProvider"/>. Expired entries are invisible at
/// once and swept out on writes at most once a minute.
/// </summary>
internal sealed class ExpiringMap<TValue>(TimeProvider timeProvider)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public bool TryAdd(string key, TValue value, TimeSpan timeToLive)
    {
        lock (_lock)
        {
            var now = Sweep();
            if (TryGetLive(key, now, out _))
            {
                return false;
            }
            _entries[key] = new Entry(value, now + timeToLive);
            return true;
        }
    }

    public void Set(string key, TValue value, TimeSpan timeToLive)
    {
        lock (_lock)
        {
            var now = Sweep();
            _entries[key] = new Entry(value, now + timeToLive);
        }
    }

    public bool TryGet(string key, out TValue value)
    {
        lock (_lock)
        {
            return TryGetLive(key, timeProvider.GetUtcNow(), out value);
        }
    }

    public bool TryTake(string key, out TValue value)
    {
        lock (_lock)
        {
            var found = TryGetLive(key, timeProvider.GetUtcNow(), out value);
            _entries.Remove(key);
            return found;
        }
    }

    public bool Remove(string key) => TryTake(key, out _);

    /// <summary>Atomically removes a live entry if <paramref name="predicate"/> holds for it.</summary>
    public bool RemoveIf(string key, Func<TValue, bool> predicate)
    {
        lock (_lock)
        {
            return TryGetLive(key, timeProvider.GetUtcNow(), out var current) && predicate(current) && _entries.Remove(key);
        }
    }

    /// <summary>
    /// Atomically replaces a live entry when <paramref name="replace"/> returns a new value for the current one;
    /// keeps its expiry unless <paramref name="newTimeToLive"/> is given.
    /// </summary>
    public bool TryReplace(string key, Func<TValue, TValue?> replace, TimeSpan? newTimeToLive, out bool found)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            found = TryGetLive(key, now, out var current);
            if (!found || replace(current) is not { } next)
            {
                return false;
            }
            var expiresAt = newTimeToLive is { } ttl ? now + ttl : _entries[key].ExpiresAt;
            _entries[key] = new Entry(next, expiresAt);
            return true;
        }
    }

    private bool TryGetLive(string key, DateTimeOffset now, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > now)
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    private DateTimeOffset Sweep()
    {
        var now = timeProvider.GetUtcNow();
        if (now >= _nextSweep)
        {
            foreach (var key in _entries.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }
            _nextSweep = now + SweepInterval;
        }
        return now;
    }

    private readonly record struct Entry(TValue Value, DateTimeOffset ExpiresAt);
}
