using Microsoft.Extensions.Logging;

namespace Hub.Adapters.Oidc;

/// <summary>
/// The adapter's log events. Messages carry provider ids, stable codes and the adapter's own texts only: never a
/// token, code, state, nonce, subject or attribute value.
/// </summary>
internal static partial class OidcLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "OIDC authorization request built for provider {ProviderId} (brand {BrandId}, level {Level})")]
    public static partial void RequestBuilt(ILogger logger, string providerId, string? brandId, string level);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "OIDC authentication completed for provider {ProviderId}")]
    public static partial void Completed(ILogger logger, string providerId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "OIDC flow for provider {ProviderId} refused: {Code} ({Kind}): {Reason}")]
    public static partial void Refused(ILogger logger, string providerId, string code, string kind, string reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Discovery for provider {ProviderId} failed, using the pinned endpoints: {Reason}")]
    public static partial void DiscoveryFallback(ILogger logger, string providerId, string reason);
}
