using Hub.TrustList.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class TrustListServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TrustListLoader"/> as the <see cref="ITrustListSource"/>, the <see cref="ITrustListRawSource"/>
    /// and a hosted service, with its
    /// options validated at start, and the named HttpClient "trustlist" behind the standard resilience handler
    /// (timeouts, retries for GET, circuit breaker). Parts already registered are kept (TryAdd).
    /// </summary>
    public static IServiceCollection AddTrustList(this IServiceCollection services, Action<TrustListLoaderOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptionsWithValidateOnStart<TrustListLoaderOptions>().Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TrustListLoaderOptions>, TrustListLoaderOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        // No per-request logging handlers: the loader logs each fetch's outcome itself (TrustListLoaderLog).
        services.AddHttpClient(TrustListFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
                ResilienceFor(resilience, provider.GetRequiredService<IOptions<TrustListLoaderOptions>>().Value.FetchTimeout));
        services.TryAddSingleton<TrustListLoader>();
        services.TryAddSingleton<ITrustListSource>(provider => provider.GetRequiredService<TrustListLoader>());
        services.TryAddSingleton<ITrustListRawSource>(provider => provider.GetRequiredService<TrustListLoader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TrustListLoader>(provider => provider.GetRequiredService<TrustListLoader>()));
        return services;
    }

    /// <summary>The whole fetch, retries included, fits in the fetch timeout; only GET is retried.</summary>
    private static void ResilienceFor(HttpStandardResilienceOptions resilience, TimeSpan fetchTimeout)
    {
        var attempt = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, fetchTimeout.Ticks / 3));
        resilience.TotalRequestTimeout.Timeout = fetchTimeout > attempt ? fetchTimeout : attempt + TimeSpan.FromSeconds(1);
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.CircuitBreaker.SamplingDuration = attempt * 2 > TimeSpan.FromSeconds(30) ? attempt * 2 : TimeSpan.FromSeconds(30);
        resilience.Retry.DisableForUnsafeHttpMethods();
    }
}
