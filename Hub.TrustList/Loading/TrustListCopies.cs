using Microsoft.Extensions.Logging;

namespace Hub.TrustList.Loading;

/// <summary>
/// The files each fetch is copied into: beside the cache, so that keeping a verified copy is a rename, or in the
/// temp folder when the cache's folder cannot be made.
/// </summary>
internal sealed class TrustListCopies(TrustListCache cache, ILogger logger)
{
    public string NewPath()
    {
        var directory = Path.GetTempPath();
        try
        {
            Directory.CreateDirectory(cache.Directory);
            directory = cache.Directory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TrustListLoaderLog.CacheWriteFailed(logger, cache.Path, e);
        }
        return Path.Combine(directory, $".trustlist.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Makes a verified copy the cache; a failure is logged, and the list is still taken.</summary>
    public void Keep(string verifiedCopy)
    {
        try
        {
            cache.Replace(verifiedCopy);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TrustListLoaderLog.CacheWriteFailed(logger, cache.Path, e);
        }
    }
}
