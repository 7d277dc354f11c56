namespace Hub.Gateway.Flow;

/// <summary>
/// Source-generated log messages of the orchestration: stable codes, flow digests and provider/client ids only;
/// never a subject, an attribute value, a flow id in clear, or a provider message.
/// </summary>
internal static partial class FlowLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Flow started for client {ClientId} (required level {Loa}, hint {Hint})")]
    public static partial void Started(ILogger logger, string clientId, string loa, string? hint);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Flow sent to provider {ProviderId} (brand {BrandId})")]
    public static partial void SentToProvider(ILogger logger, string providerId, string? brandId);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Flow refused at step {Step}: {Code}")]
    public static partial void Refused(ILogger logger, string step, string code);

    /// <summary>Debug only: the adapter has already logged the rejection once, with its stable code.</summary>
    [LoggerMessage(EventId = 4303, Level = LogLevel.Debug, Message = "Provider {ProviderId} answer refused: {Code} ({Kind})")]
    public static partial void ProviderAnswerRefused(ILogger logger, string providerId, string code, string kind);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Information, Message = "Flow for client {ClientId} ended: {Outcome}")]
    public static partial void Ended(ILogger logger, string clientId, string outcome);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Information, Message = "Consent for client {ClientId}: {Decision} ({ClaimCount} claims)")]
    public static partial void ConsentDecided(ILogger logger, string clientId, string decision, int claimCount);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Information, Message = "Standing consent reused for client {ClientId}")]
    public static partial void ConsentReused(ILogger logger, string clientId);

    [LoggerMessage(EventId = 4307, Level = LogLevel.Warning, Message = "State store unavailable at {Path}: the request fails closed")]
    public static partial void StoreUnavailable(ILogger logger, string path);

    [LoggerMessage(EventId = 4308, Level = LogLevel.Information, Message = "Data release to {ClientId} from {ProviderId} recorded in the audit log")]
    public static partial void Audited(ILogger logger, string clientId, string providerId);
}
