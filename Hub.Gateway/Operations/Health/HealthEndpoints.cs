using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Gateway.Operations.Health;

/// <summary>
/// <c>/readyz</c> (<c>/healthz</c>, alive, stays the hosting's plain "ok"): the trust list is loaded and fresh, the state
/// store answers and a signing key is usable; 503 with the failing checks otherwise. A load balancer sends logins
/// only to ready instances.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHubHealth(this IServiceCollection services)
    {
        services.TryAddSingleton<ISigningKeyProbe, HubKeyRingProbe>();
        services.AddHealthChecks()
            .AddCheck<TrustListReadinessCheck>(TrustListReadinessCheck.Name, tags: [ReadyTag])
            .AddCheck<StoreReadinessCheck>(StoreReadinessCheck.Name, tags: [ReadyTag])
            .AddCheck<SigningKeyReadinessCheck>(SigningKeyReadinessCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }
}
