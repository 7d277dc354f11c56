namespace Hub.TrustList.Loading;

/// <summary>
/// The exact signed bytes of the current list, for whoever republishes or downloads it. Snapshots do not keep the
/// bytes (<see cref="Lookup.TrustListSnapshot.Digest"/>); the loader serves them from its cache file.
/// </summary>
public interface ITrustListRawSource
{
    /// <summary>
    /// Opens the signed bytes of the current list, read from the cache file and checked against the current
    /// snapshot's digest (<c>TrustList:CachePath</c>, or a file of the process's own when none is configured). Null
    /// when no list is current, or the file does not hold the current list (it was changed or removed behind the
    /// loader's back).
    /// </summary>
    Task<SignedTrustListContent?> OpenCurrentAsync(CancellationToken cancellationToken = default);
}
