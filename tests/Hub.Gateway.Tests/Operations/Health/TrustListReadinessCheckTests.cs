using Hub.Gateway.Operations.Health;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Operations.Health;

public sealed class TrustListReadinessCheckTests
{
    [Fact]
    public async Task CheckHealthAsync_NoListLoaded_UnhealthyNotLoaded()
    {
        var check = new TrustListReadinessCheck(new EmptySource(), new FakeTimeProvider());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Unhealthy, "health.trustlist.not_loaded"), (result.Status, result.Description));
    }

    private sealed class EmptySource : ITrustListSource
    {
        public Hub.TrustList.Lookup.TrustListSnapshot? Current => null;
    }
}
