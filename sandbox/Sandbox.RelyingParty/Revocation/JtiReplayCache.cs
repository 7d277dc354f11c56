using System.Collections.Concurrent;

namespace Sandbox.RelyingParty.Revocation;

/// <summary>
/// Each SET's jti is accepted once (per issuer). An entry is kept until the SET would be refused as too old
/// anyway; the cache is bounded and, when full of live entries, refuses rather than forgets.
/// </summary>
internal sealed class JtiReplayCache(DemoRelyingPartyOptions options)
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public JtiUse TryUse(string issuer, string jti, DateTimeOffset keepUntil)
    {
        var now = options.TimeProvider.GetUtcNow();
        foreach (var (key, expires) in _seen)
        {
            if (expires <= now)
            {
                _seen.TryRemove(key, out _);
            }
        }
        if (_seen.Count >= Capacity)
        {
            return JtiUse.Full;
        }
        return _seen.TryAdd(issuer + "\n" + jti, keepUntil) ? JtiUse.First : JtiUse.Replayed;
    }
}

internal enum JtiUse
{
    First,
    Replayed,
    Full,
}
