namespace Hub.Adapters.Oidc.Configuration;

/// <summary>
/// The resilience pipeline of every call to a provider. Retries apply only to GET (discovery, userinfo);
/// the token POST is never retried because an authorization code is single-use. Each provider has its own breaker.
/// </summary>
public sealed class OidcHttpOptions
{
    /// <summary>Upper bound for one call including retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Upper bound for one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after the first attempt, GET only.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens a provider's breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within the sampling window before the breaker may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 5;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
