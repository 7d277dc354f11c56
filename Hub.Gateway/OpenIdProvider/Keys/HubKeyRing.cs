using System.Collections.Concurrent;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>
/// Keeps the hub's keys rotating, driven by <see cref="TimeProvider"/>: for every algorithm the current and the next
/// generation exist in the store, expired keys are removed, and each instance caches what it read for a short
/// while (never past a key's activation, seasoning or expiry).
/// </summary>
internal sealed class HubKeyRing
{
    private readonly SharedHubKeyStore _store;
    private readonly HubKeyFactory _factory;
    private readonly TimeProvider _time;
    private readonly HubKeySettings _settings;
    private readonly HubKeySchedule _schedule;
    private readonly ILogger<HubKeyRing> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, HubKey> _loaded = new(StringComparer.Ordinal);
    private CachedSet? _cached;

    public HubKeyRing(SharedHubKeyStore store, HubKeyFactory factory, TimeProvider time, IOptions<HubOpenIdProviderOptions> options, ILogger<HubKeyRing> logger)
    {
        _store = store;
        _factory = factory;
        _time = time;
        _settings = options.Value.OpenIdProvider.Keys;
        _schedule = new HubKeySchedule(_settings);
        _logger = logger;
    }

    public async ValueTask<HubKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var cached = _cached;
        if (cached is not null && _time.GetUtcNow() < cached.RefreshAfter)
        {
            return cached.Set;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            cached = _cached;
            if (cached is not null && now < cached.RefreshAfter)
            {
                return cached.Set;
            }
            var records = await EnsureAsync(now, cancellationToken);
            var live = records.Where(r => now < r.ExpiresAt).ToList();
            var keys = live.Select(r => _loaded.GetOrAdd(r.KeyId, _ => HubKey.Load(r))).ToList();
            var set = new HubKeySet(keys, now, _settings.PublishLead);
            _cached = new CachedSet(set, NextRefresh(now, live));
            return set;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyList<HubKeyRecord>> EnsureAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var records = await _store.GetAllAsync(cancellationToken);
        var generation = _schedule.GenerationAt(now);
        var changed = false;
        foreach (var algorithm in HubKeyAlgorithms.All)
        {
            for (var g = generation; g <= generation + 1; g++)
            {
                if (records.Any(r => r.Algorithm == algorithm && r.Generation == g))
                {
                    continue;
                }
                var created = _factory.Create(algorithm, g, _schedule, now);
                if (await _store.TryAddAsync(created, cancellationToken))
                {
                    OpenIdProviderLog.HubKeyCreated(_logger, created.KeyId, algorithm, g, created.ActivatesAt);
                }
                changed = true;
            }
        }
        foreach (var expired in records.Where(r => now >= r.ExpiresAt))
        {
            await _store.RemoveAsync(expired, cancellationToken);
            _loaded.TryRemove(expired.KeyId, out _);
            OpenIdProviderLog.HubKeyRemoved(_logger, expired.KeyId);
        }
        return changed ? await _store.GetAllAsync(cancellationToken) : records;
    }

    private DateTimeOffset NextRefresh(DateTimeOffset now, IReadOnlyList<HubKeyRecord> records)
    {
        var next = now + _settings.CacheDuration;
        var boundaries = records
            .SelectMany(r => new[] { r.ActivatesAt, r.CreatedAt + _settings.PublishLead, r.RetiresAt, r.ExpiresAt })
            .Append(_schedule.ActivationOf(_schedule.GenerationAt(now) + 1))
            .Where(b => b > now);
        foreach (var boundary in boundaries)
        {
            if (boundary < next)
            {
                next = boundary;
            }
        }
        return next;
    }

    private sealed record CachedSet(HubKeySet Set, DateTimeOffset RefreshAfter);
}
