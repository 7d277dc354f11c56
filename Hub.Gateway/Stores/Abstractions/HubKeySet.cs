namespace Hub.Gateway.Stores.Abstractions;

/// <summary>The hub's signing keys, shared by all instances.</summary>
public sealed record HubKeySet(IReadOnlyList<HubSigningKey> Keys)
{
    /// <summary>The key that signs with <paramref name="algorithm"/> at <paramref name="now"/>: the most recently activated current one.</summary>
    public HubSigningKey? SigningKeyAt(DateTimeOffset now, string algorithm) =>
        Keys.Where(k => k.Algorithm == algorithm && k.StateAt(now) == HubKeyState.Current)
            .OrderByDescending(k => k.ActivatesAt)
            .FirstOrDefault();

    /// <summary>The keys to publish at <paramref name="now"/>: every key not retired, the next ones included.</summary>
    public IReadOnlyList<HubSigningKey> PublishedAt(DateTimeOffset now) =>
        Keys.Where(k => k.StateAt(now) != HubKeyState.Retired).ToList();
}
