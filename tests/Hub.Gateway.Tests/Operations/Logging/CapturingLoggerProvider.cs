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

        public LogLevel Level { get; init; }

        /// <summary>The logged exception's type and message (with its inner exceptions'), if there was one.</summary>
        public string? Exception { get; init; }

        public override string ToString() => $"{Level} {Category}[{EventId.Id}]: {Message}{(Exception is null ? "" : " | " + Exception)}";
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
            owner.Records.Enqueue(new Record(eventId, formatter(state, exception), values, scope)
            {
                Category = category,
                Level = logLevel,
                Exception = exception is null ? null : Describe(exception),
            });
        }

        private static string Describe(Exception exception)
        {
            var parts = new List<string>();
            for (var e = exception; e is not null; e = e.InnerException)
            {
                parts.Add($"{e.GetType().Name}: {e.Message}");
            }
            return string.Join(" <- ", parts);
        }
    }
}
