using System.Collections.Concurrent;

namespace Sandbox.Providers.Common;

/// <summary>
/// A bounded in-memory map whose entries expire (pending logins, access tokens, replay caches). Expired entries
/// are purged when the store is full; a full store refuses new entries rather than growing without bound.
/// </summary>
internal sealed class ExpiringStore<T>(TimeProvider time, int capacity = 10_000)
    where T : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryAdd(string key, T value, TimeSpan lifetime)
    {
        if (_entries.Count >= capacity)
        {
            Purge();
            if (_entries.Count >= capacity)
            {
                return false;
            }
        }
        return _entries.TryAdd(key, new Entry(value, time.GetUtcNow() + lifetime));
    }

    /// <summary>The live value, left in place.</summary>
    public T? Get(string? key) =>
        key is not null && _entries.TryGetValue(key, out var entry) && entry.ExpiresAt > time.GetUtcNow() ? entry.Value : null;

    /// <summary>Removes the entry; returns its value if it was still live. Only one caller can take an entry.</summary>
    public T? Take(string? key) =>
        key is not null && _entries.TryRemove(key, out var entry) && entry.ExpiresAt > time.GetUtcNow() ? entry.Value : null;

    public void Remove(string key) => _entries.TryRemove(key, out _);

    private void Purge()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(T Value, DateTimeOffset ExpiresAt);
}
