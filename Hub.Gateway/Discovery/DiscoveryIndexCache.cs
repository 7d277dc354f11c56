using Hub.TrustList.Loading;

namespace Hub.Gateway.Discovery;

/// <summary>
/// The search index of the current trust list, built at the first search after each new release (keyed by the
/// list's sequence) and shared by every request until the next one.
/// </summary>
public sealed class DiscoveryIndexCache(ITrustListSource trustList, RegionCatalog catalog)
{
    private DiscoveryIndex? _index;

    /// <summary>The index of the current list; null when no list is loaded.</summary>
    public DiscoveryIndex? Current
    {
        get
        {
            if (trustList.Current is not { } snapshot)
            {
                return null;
            }
            var index = Volatile.Read(ref _index);
            if (index is null || index.Sequence != snapshot.Sequence)
            {
                index = DiscoveryIndex.Build(snapshot, catalog);
                Volatile.Write(ref _index, index);
            }
            return index;
        }
    }
}
