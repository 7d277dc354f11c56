using Hub.Gateway.Stores.Abstractions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Gateway.Operations.Health;

/// <summary>Ready when the state store answers within <see cref="Timeout"/> (a closed port must not hang the probe).</summary>
internal sealed class StoreReadinessCheck(IStoreHealth store, TimeProvider time) : IHealthCheck
{
    public const string Name = "state_store";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            var reachable = await store.IsReachableAsync(limit.Token).WaitAsync(Timeout, time, limit.Token);
            return reachable ? HealthCheckResult.Healthy("reachable") : HealthCheckResult.Unhealthy("health.store.unreachable");
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("health.store.timeout");
        }
    }
}
