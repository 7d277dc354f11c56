using Hub.Adapters.Oidc.Http;
using Hub.Gateway.Consents.Notification;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hub.Gateway.Operations.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Polly's meter: Microsoft.Extensions.Http.Resilience reports breaker, retry and timeout events there.</summary>
    public const string ResilienceMeter = "Polly";

    /// <summary>
    /// The runtime's own meter (garbage collections and their pauses, heap sizes, thread pool, lock contention). Its
    /// instruments are observable: they are read when /metrics is scraped, never on a request's path.
    /// </summary>
    public const string RuntimeMeter = "System.Runtime";

    /// <summary>Polly's histogram of every pipeline execution, dropped (<see cref="AddHubTelemetry"/>).</summary>
    public const string PollyPipelineDuration = "resilience.polly.pipeline.duration";

    /// <summary>The name under which OpenTelemetry's metrics listener subscribes through <c>IMetricsBuilder</c>.</summary>
    private const string OpenTelemetryListener = "OpenTelemetry";

    /// <summary>
    /// The hub's own meters. They are created by this host's <c>IMeterFactory</c> and exported with
    /// <see cref="MeterScope.Local"/>: a process hosting several hubs (the tests, the demo's sandbox parts) must not
    /// mix one host's logins or breakers into another's <c>/metrics</c>, nor lose them when another host stops.
    /// </summary>
    private static readonly string[] OwnMeters =
        [HubTelemetry.Name, TrustListMetrics.MeterName, ProviderBreakerStates.MeterName, SetDeliveryMetrics.MeterName];

    /// <summary>
    /// OpenTelemetry for the hub: metrics of the meters "Hub.Gateway", "Hub.TrustList", "Hub.Adapters" (the providers'
    /// breaker state), "Hub.Gateway.ConsentRevocation" and "Polly" (per provider pipeline: breaker opened, half-open,
    /// closed, timeouts) plus ASP.NET Core's, HttpClient's and the runtime's ("System.Runtime": GC pauses and
    /// collections, process-wide), scraped at <c>/metrics</c>; traces of
    /// <see cref="HubTelemetry.Source"/>, ASP.NET Core and outbound HTTP only when <see cref="TracingSettings"/> turns
    /// them on (an OTLP endpoint is configured, or <c>Telemetry:Tracing:Enabled</c>): without an exporter every request
    /// would record activities that nobody reads.
    /// </summary>
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics(metrics =>
        {
            foreach (var meter in OwnMeters)
            {
                metrics.EnableMetrics(meter, instrumentName: null, listenerName: OpenTelemetryListener, MeterScope.Local);
            }
        });
        services.TryAddSingleton<HubMetrics>();
        services.AddHostedService<TrustListGauges>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, RejectionMeterLoggerProvider>());
        services.AddLogging(logging => logging.AddFilter<RejectionMeterLoggerProvider>(null, LogLevel.Information));
        var telemetry = services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(ResilienceMeter)
                // Polly times every execution of every pipeline (a histogram per back-channel call, 0.5 % of a login's
                // CPU); the hub reads only its events (breaker opened, half-open, closed; timeouts). HttpClient's own
                // http.client.request.duration still times each provider call.
                .AddView(PollyPipelineDuration, MetricStreamConfiguration.Drop)
                .AddMeter(RuntimeMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());
        var tracing = TracingSettings.From(configuration);
        if (tracing.Enabled)
        {
            telemetry.WithTracing(builder => AddTracing(builder, tracing));
        }
        return services;
    }

    private static void AddTracing(TracerProviderBuilder builder, TracingSettings settings)
    {
        builder.AddSource(HubTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
        if (!settings.ExportOtlp)
        {
            return;
        }
        builder.AddOtlpExporter(otlp =>
        {
            // Without the hub's own setting, the exporter reads OpenTelemetry's standard OTEL_EXPORTER_OTLP_* variables.
            if (settings.OtlpEndpoint is not null)
            {
                otlp.Endpoint = settings.OtlpEndpoint;
                otlp.Protocol = settings.OtlpProtocol;
            }
        });
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
