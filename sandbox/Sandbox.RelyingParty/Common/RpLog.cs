
namespace Sandbox.RelyingParty.Common;

/// <summary>Rejections and events, logged once each. Never a token, a key or a resident's data.</summary>
internal static partial class RpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Demo relying party {ClientId} listening at {BaseUrl}, hub {Authority}")]
    public static partial void Started(ILogger logger, string clientId, string baseUrl, string authority);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Sign-in failed: {Code}")]
    public static partial void LoginFailed(ILogger logger, string code);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Authorization response rejected (RFC 9207): {Reason}")]
    public static partial void IssuerParameterRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Security event token rejected: {Err} ({Reason})")]
    public static partial void SetRejected(ILogger logger, string err, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Consent revocation received, jti {Jti}")]
    public static partial void SetAccepted(ILogger logger, string jti);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "The hub's discovery document could not be read for a security event token")]
    public static partial void HubConfigurationUnavailable(ILogger logger, Exception exception);
}
