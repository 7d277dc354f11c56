using Hub.Adapters.Abstractions;

namespace Hub.Conformance.Harness;

/// <summary>
/// The hub's replay cache, partitioned by flow. Within a flow it protects as in production; across flows the suite
/// does not let the hub's cache hide a provider's reuse of assertion IDs behind a rejection, but checks the IDs it saw
/// itself (SAML-ID-01), so that each flow is judged on its own.
/// </summary>
internal sealed class ScopedReplayCache(TimeProvider timeProvider) : IReplayCache
{
    private readonly InMemoryReplayCache _inner = new(timeProvider);

    public Task<bool> TryAddAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
        => _inner.TryAddAsync((FlowContext.Current?.Scope ?? "-") + "|" + key, expiresAt, cancellationToken);
}
