namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// Feeds <c>hub.rejections</c> from the rejection log events themselves (the flow's refusals and refused provider
/// answers, the OpenID provider's refused requests), so the metric counts exactly what is logged, once, with the
/// same stable code, and no step of the flow needs a second call. Writes nothing anywhere else.
/// </summary>
internal sealed class RejectionMeterLoggerProvider(HubMetrics metrics) : ILoggerProvider
{
    /// <summary>The hub's rejection events (FlowLog 4302/4303, OpenIdProviderLog 4100/4101/4105/4106).</summary>
    private static readonly Dictionary<int, string> Steps = new()
    {
        [4100] = "authorize",
        [4101] = "token",
        [4105] = "userinfo",
        [4106] = "end_session",
        [4302] = "flow",
        [4303] = "provider_answer",
    };

    public ILogger CreateLogger(string categoryName) => new RejectionLogger(metrics);

    public void Dispose()
    {
    }

    private sealed class RejectionLogger(HubMetrics metrics) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!Steps.TryGetValue(eventId.Id, out var step) || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }
            string? code = null;
            foreach (var (key, value) in values)
            {
                if (key == "Code")
                {
                    code = value as string;
                }
                else if (key == "Step" && value is string named)
                {
                    step = named;
                }
            }
            if (code is not null)
            {
                metrics.Rejected(step, code);
            }
        }
    }
}
