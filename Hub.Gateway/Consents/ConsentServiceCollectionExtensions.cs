using Hub.Gateway.Consents.Dashboard;
using Hub.Gateway.Consents.Notification;
using Hub.Gateway.Consents.Revocation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;

namespace Hub.Gateway.Consents;

public static class ConsentServiceCollectionExtensions
{
    /// <summary>
    /// The consent dashboard (its sign-in, session and reader), revocation, and the push delivery of
    /// consent-revocation SETs: the named HttpClient <see cref="SetDeliveryOptions.HttpClientName"/> (no redirects, a
    /// per-request timeout; retries are the queue's, with backoff) and the background worker.
    /// </summary>
    public static IServiceCollection AddConsentDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SetDeliveryOptions>().Bind(configuration.GetSection(SetDeliveryOptions.SectionName));
        services.TryAddSingleton<DashboardSession>();
        services.TryAddSingleton<DashboardSignIn>();
        services.TryAddSingleton<DashboardReader>();
        services.TryAddSingleton<ConsentRevoker>();
        services.TryAddSingleton<SetTokenFactory>();
        services.TryAddSingleton<SetDeliverySignal>();
        services.TryAddSingleton<SetDeliveryMetrics>();
        services.TryAddSingleton<SetDeliverer>();
        services.AddHostedService<SetDeliveryWorker>();
        // No per-request logging handlers: every delivery's outcome is logged by SetDeliverer (SetDeliveryLog).
        services.AddHttpClient(SetDeliveryOptions.HttpClientName)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddResilienceHandler(SetDeliveryOptions.HttpClientName, (builder, context) =>
                builder.AddTimeout(context.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SetDeliveryOptions>>().Value.RequestTimeout));
        return services;
    }
}
