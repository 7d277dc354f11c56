using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Gateway.Operations.Health;

/// <summary>Ready when a hub signing key is usable now. Reports that one is present, never which or its material.</summary>
internal sealed class SigningKeyReadinessCheck(ISigningKeyProbe probe) : IHealthCheck
{
    public const string Name = "signing_key";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StoreReadinessCheck.Timeout);
        return await probe.CurrentSigningKeyIdAsync(limit.Token) is null
            ? HealthCheckResult.Unhealthy("health.signing_key.missing")
            : HealthCheckResult.Healthy("present");
    }
}
