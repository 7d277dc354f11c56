using Hub.TrustList.Lookup;

namespace Hub.TrustList.Loading;

/// <summary>The current verified trust list. Consumers read <see cref="Current"/> at every step, never cache it.</summary>
public interface ITrustListSource
{
    /// <summary>The last good list, or null before the first one was accepted.</summary>
    TrustListSnapshot? Current { get; }
}

/// <summary>A source with a fixed snapshot (tests, tools).</summary>
public sealed class FixedTrustListSource(TrustListSnapshot snapshot) : ITrustListSource
{
    public TrustListSnapshot? Current { get; set; } = snapshot;
}
