namespace Hub.Adapters.Oidc.Http;

/// <summary>A provider's circuit breaker, as <see cref="ProviderBreakerStates"/> exports it.</summary>
public enum ProviderBreakerState
{
    Closed = 0,
    HalfOpen = 1,
    Open = 2,
}
