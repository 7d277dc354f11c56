using Microsoft.Extensions.Logging;

namespace Sandbox.Providers.Common;

/// <summary>Rejections and events, logged once each. Never a secret, a credential or a resident's data.</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sandbox provider {Provider} listening at {BaseUrl}")]
    public static partial void Started(ILogger logger, string provider, string baseUrl);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SAML request rejected: {Code}")]
    public static partial void SamlRequestRejected(ILogger logger, string code);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "SAML response sent with status {Status}")]
    public static partial void SamlResponseSent(ILogger logger, string status);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Login refused by {Provider}: unknown username or wrong password")]
    public static partial void LoginRefused(ILogger logger, string provider);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Authorization request rejected: {Code}")]
    public static partial void AuthorizeRejected(ILogger logger, string code);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Token request rejected: {Error} ({Reason})")]
    public static partial void TokenRejected(ILogger logger, string error, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "An authorization code was presented twice; the tokens issued for it are revoked")]
    public static partial void CodeReused(ILogger logger);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Userinfo request rejected: {Reason}")]
    public static partial void UserinfoRejected(ILogger logger, string reason);
}
