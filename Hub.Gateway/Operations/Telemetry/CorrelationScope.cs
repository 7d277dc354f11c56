namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// Opens a log scope with <c>CorrelationId</c> for every request: the request's trace identifier, the id the error
/// page shows, so support finds a person's failure in the logs from the page alone. Nothing personal in the scope.
/// </summary>
internal sealed class CorrelationScope(RequestDelegate next, ILogger<CorrelationScope> logger)
{
    public const string Key = "CorrelationId";

    // One small state object a request, where a dictionary was built for each one.
    private static readonly Func<ILogger, string, IDisposable?> Scope = LoggerMessage.DefineScope<string>("{" + Key + "}");

    public async Task InvokeAsync(HttpContext context)
    {
        using (Scope(logger, context.TraceIdentifier))
        {
            await next(context);
        }
    }
}
