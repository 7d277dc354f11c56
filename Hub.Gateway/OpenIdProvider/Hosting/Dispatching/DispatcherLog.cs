namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// The dispatcher's debug messages, under OpenIddict's dispatcher category so that existing log filters still apply.
/// Handler and event types only, never a value from the request.
/// </summary>
internal static partial class DispatcherLog
{
    [LoggerMessage(EventId = 4140, Level = LogLevel.Debug, Message = "Handler {Handler} threw while processing {Event}")]
    public static partial void HandlerThrew(ILogger logger, Exception exception, Type handler, Type @event);

    [LoggerMessage(EventId = 4141, Level = LogLevel.Debug, Message = "Event {Event} processed by {Handler}")]
    public static partial void HandlerDone(ILogger logger, Type @event, Type handler);

    [LoggerMessage(EventId = 4142, Level = LogLevel.Debug, Message = "Event {Event} marked as handled by {Handler}")]
    public static partial void RequestHandled(ILogger logger, Type @event, Type handler);

    [LoggerMessage(EventId = 4143, Level = LogLevel.Debug, Message = "Event {Event} marked as skipped by {Handler}")]
    public static partial void RequestSkipped(ILogger logger, Type @event, Type handler);

    [LoggerMessage(EventId = 4144, Level = LogLevel.Debug, Message = "Event {Event} rejected by {Handler}")]
    public static partial void Rejected(ILogger logger, Type @event, Type handler);
}
