using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hub.Gateway.Tests.Operations.Logging;

/// <summary>Keeps every log record with its event id, structured values and the scopes active when it was written.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<Record> Records { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record Record(EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, object?> Scope)
    {
        /// <summary>The logger's category (e.g. System.Net.Http.HttpClient.{name}.LogicalHandler).</summary>
        public string Category { get; init; } = string.Empty;
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
            var scope = new Dictionary<string, object?>();
            owner._scopes.ForEachScope((item, into) =>
            {
                if (item is IEnumerable<KeyValuePair<string, object>> entries)
                {
                    foreach (var (key, value) in entries)
                    {
                        into[key] = value;
                    }
                }
            }, scope);
            owner.Records.Enqueue(new Record(eventId, formatter(state, exception), values, scope) { Category = category });
        }
    }
}
