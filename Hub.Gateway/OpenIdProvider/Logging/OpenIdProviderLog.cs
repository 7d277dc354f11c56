namespace Hub.Gateway.OpenIdProvider.Logging;

/// <summary>
/// Source-generated log messages of the OpenID provider. Each rejection is logged once with its stable code.
/// Never a secret, token, subject or attribute value: client ids and key ids only.
/// </summary>
internal static partial class OpenIdProviderLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Authorization request rejected for client {ClientId}: {Code}")]
    public static partial void AuthorizationRejected(ILogger logger, string? clientId, string code);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Token request rejected for client {ClientId}: {Code}")]
    public static partial void TokenRequestRejected(ILogger logger, string? clientId, string code);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Authorization code replayed by client {ClientId}")]
    public static partial void AuthorizationCodeReplayed(ILogger logger, string? clientId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Authorization completed for client {ClientId} at level {Loa} with {ClaimCount} released claims")]
    public static partial void AuthorizationCompleted(ILogger logger, string clientId, string loa, int claimCount);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Authorization denied for client {ClientId}: {Error}")]
    public static partial void AuthorizationDenied(ILogger logger, string clientId, string error);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Userinfo request refused for client {ClientId}: {Code}")]
    public static partial void UserInfoRefused(ILogger logger, string? clientId, string code);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "End session request rejected for client {ClientId}: {Code}")]
    public static partial void EndSessionRejected(ILogger logger, string? clientId, string code);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Hub key {KeyId} created ({Algorithm}, generation {Generation}, signs from {ActivatesAt:o})")]
    public static partial void HubKeyCreated(ILogger logger, string keyId, string algorithm, long generation, DateTimeOffset activatesAt);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Hub key {KeyId} expired and was removed")]
    public static partial void HubKeyRemoved(ILogger logger, string keyId);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Warning, Message = "Demo mode: pairwise subjects use the built-in demo secret; set Hub:PairwiseSecret for anything but a demo")]
    public static partial void DemoPairwiseSecret(ILogger logger);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "Sandbox auto login is enabled: every authorization is approved for a fixed sandbox person")]
    public static partial void SandboxAutoLoginEnabled(ILogger logger);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Error, Message = "No authorization interaction is configured: authorization requests cannot complete")]
    public static partial void NoInteractionConfigured(ILogger logger);
}
