using Microsoft.Extensions.Logging;

namespace Hub.TrustList.Loading;

/// <summary>One log line per accept and per reject. Lists hold no personal data; error messages name rules and ids only.</summary>
internal static partial class TrustListLoaderLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Trust list accepted from {Origin}: sequence {Sequence}, next update {NextUpdate:O}.")]
    public static partial void Accepted(ILogger logger, string origin, long sequence, DateTimeOffset nextUpdate);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Trust list from {Origin} rejected ({Code}): {Reason}. The last good list is kept.")]
    public static partial void Rejected(ILogger logger, string origin, string code, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Trust list from {Origin} is unchanged (sequence {Sequence}).")]
    public static partial void Unchanged(ILogger logger, string origin, long sequence);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "The verified trust list could not be written to the cache {Path}.")]
    public static partial void CacheWriteFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "The cached trust list (sequence {Sequence}) has expired: it is not served, but no list with a sequence up to {Sequence} will be taken.")]
    public static partial void ExpiredCacheFloor(ILogger logger, long sequence);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "The cache file {Path} does not hold the current trust list (sequence {Sequence}); its signed bytes cannot be served.")]
    public static partial void CacheMismatch(ILogger logger, string path, long sequence);
}
