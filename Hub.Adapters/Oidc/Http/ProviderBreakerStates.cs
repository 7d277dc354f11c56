using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.Adapters.Oidc.Http;

/// <summary>
/// The circuit breaker of each OpenID provider's back channel, as the gauge <c>hub.provider.breaker_state</c>
/// (meter <see cref="MeterName"/>, tag <c>provider</c>): 0 closed, 1 half-open, 2 open. A provider appears once its
/// pipeline is first used (closed); the breaker's own callbacks move it. Untagged calls (by authority) are not shown.
/// </summary>
public sealed class ProviderBreakerStates
{
    public const string MeterName = "Hub.Adapters";

    private readonly ConcurrentDictionary<string, ProviderBreakerState> _states = new(StringComparer.Ordinal);

    public ProviderBreakerStates(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        meterFactory.Create(MeterName).CreateObservableGauge(
            "hub.provider.breaker_state",
            Observe,
            description: "The circuit breaker of each provider's back channel: 0 closed, 1 half-open, 2 open.");
    }

    /// <summary>The state of a provider's breaker; closed when its pipeline has not been used yet.</summary>
    public ProviderBreakerState StateOf(string providerId)
        => _states.TryGetValue(providerId, out var state) ? state : ProviderBreakerState.Closed;

    internal void Set(string pipelineKey, ProviderBreakerState state)
    {
        if (!pipelineKey.StartsWith(OidcHttp.AuthorityKeyPrefix, StringComparison.Ordinal))
        {
            _states[pipelineKey] = state;
        }
    }

    private IEnumerable<Measurement<int>> Observe()
        => _states.Select(s => new Measurement<int>((int)s.Value, new KeyValuePair<string, object?>("provider", s.Key)));
}
