using Hub.TrustList.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Gateway.Operations.Health;

/// <summary>Ready when a verified trust list is current and its next_update is still ahead.</summary>
internal sealed class TrustListReadinessCheck(ITrustListSource trustList, TimeProvider time) : IHealthCheck
{
    public const string Name = "trust_list";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = trustList.Current;
        if (current is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("health.trustlist.not_loaded"));
        }
        var data = new Dictionary<string, object> { ["sequence"] = current.Sequence, ["next_update"] = current.NextUpdate };
        return Task.FromResult(current.NextUpdate <= time.GetUtcNow()
            ? HealthCheckResult.Unhealthy("health.trustlist.stale", data: data)
            : HealthCheckResult.Healthy("loaded", data));
    }
}
