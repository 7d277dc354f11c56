using Hub.TrustList.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hub.Gateway.Operations.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Polly's meter: Microsoft.Extensions.Http.Resilience reports breaker, retry and timeout events there.</summary>
    public const string ResilienceMeter = "Polly";

    /// <summary>
    /// OpenTelemetry for the hub: traces of <see cref="HubTelemetry.Source"/>, ASP.NET Core and outbound HTTP;
    /// metrics of the meters "Hub.Gateway", "Hub.TrustList" and "Polly" (per provider pipeline: breaker opened,
    /// half-open, closed, timeouts) plus ASP.NET Core's and HttpClient's, scraped at <c>/metrics</c>. Exporters
    /// for traces (OTLP) are a deployment's choice and are not added here.
    /// </summary>
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<HubMetrics>();
        services.AddHostedService<TrustListGauges>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, RejectionMeterLoggerProvider>());
        services.AddLogging(logging => logging.AddFilter<RejectionMeterLoggerProvider>(null, LogLevel.Information));
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(HubTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(HubTelemetry.Name, TrustListMetrics.MeterName, ResilienceMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());
        return services;
    }

    /// <summary>The correlation scope (first) and <c>/metrics</c>.</summary>
    public static WebApplication UseHubTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CorrelationScope>();
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
