using System.Net;
using Hub.Adapters.Oidc.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hub.Adapters.Oidc.Http;

/// <summary>
/// Total timeout, then retry (GET only), then the provider's circuit breaker, then the attempt timeout.
/// The token POST is never retried: an authorization code can be redeemed once, and a retried POST after a lost
/// response would burn it or, worse, be seen by the provider as code replay and revoke the tokens.
/// </summary>
internal static class OidcResiliencePipeline
{
    /// <summary>The pipeline of one provider (<paramref name="pipelineKey"/>), reporting its breaker to <paramref name="breakers"/>.</summary>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, OidcHttpOptions options, ProviderBreakerStates breakers, string pipelineKey)
    {
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
            };
            retry.DisableForUnsafeHttpMethods();
            builder.AddRetry(retry);
        }
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakDuration,
            OnOpened = _ => Report(breakers, pipelineKey, ProviderBreakerState.Open),
            OnHalfOpened = _ => Report(breakers, pipelineKey, ProviderBreakerState.HalfOpen),
            OnClosed = _ => Report(breakers, pipelineKey, ProviderBreakerState.Closed),
        });
        breakers.Set(pipelineKey, ProviderBreakerState.Closed);
        builder.AddTimeout(options.AttemptTimeout);
    }

    private static ValueTask Report(ProviderBreakerStates breakers, string pipelineKey, ProviderBreakerState state)
    {
        breakers.Set(pipelineKey, state);
        return ValueTask.CompletedTask;
    }

    /// <summary>Whether an HTTP status means the provider is failing (as opposed to refusing the request).</summary>
    public static bool IsProviderFailure(HttpStatusCode status)
        => (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
