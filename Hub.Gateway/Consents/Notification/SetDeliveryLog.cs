namespace Hub.Gateway.Consents.Notification;

internal static partial class SetDeliveryLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Consent-revocation SET {Jti} delivered to {ClientId} (attempt {Attempt}).")]
    public static partial void Delivered(ILogger logger, string jti, string clientId, int attempt);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Consent-revocation SET {Jti} to {ClientId} failed (attempt {Attempt}: {Reason}); next attempt at {NextAttemptAt}.")]
    public static partial void Retrying(ILogger logger, string jti, string clientId, int attempt, string reason, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Error, Message = "Consent-revocation SET {Jti} to {ClientId} given up after attempt {Attempt}: {Reason}.")]
    public static partial void GaveUp(ILogger logger, string jti, string clientId, int attempt, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Consent of a person for {ClientId} revoked ({ClaimCount} claims); notification {Notification}.")]
    public static partial void Revoked(ILogger logger, string clientId, int claimCount, string notification);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "The consent-revocation delivery round failed: {Error}.")]
    public static partial void RoundFailed(ILogger logger, string error, Exception exception);
}
