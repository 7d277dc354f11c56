using Microsoft.Extensions.Logging;

namespace Hub.Adapters.Saml2;

/// <summary>Source-generated log messages. Only provider IDs and error codes: never a subject or an attribute.</summary>
internal static partial class Saml2Log
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "SAML AuthnRequest {RequestId} sent to provider {ProviderId}")]
    public static partial void RequestSent(ILogger logger, string providerId, string requestId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "SAML request to provider {ProviderId} refused: {Code}")]
    public static partial void RequestRefused(ILogger logger, string providerId, string code);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "SAML Response from provider {ProviderId} rejected: {Code} ({Reason})")]
    public static partial void ResponseRejected(ILogger logger, string providerId, string code, string reason);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "SAML Response from provider {ProviderId} accepted")]
    public static partial void ResponseAccepted(ILogger logger, string providerId);
}
