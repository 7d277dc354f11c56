using System.Diagnostics.Metrics;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// Gauges of meter "Hub.Gateway" on the trust list in use: <c>hub.trustlist.current_sequence</c> and
/// <c>hub.trustlist.age</c> (seconds since it was issued; alert well before the validity runs out), plus
/// <c>hub.trustlist.time_to_next_update</c> (negative once stale). Created when the host starts.
/// </summary>
internal sealed class TrustListGauges : IHostedService
{
    public TrustListGauges(IMeterFactory meterFactory, ITrustListSource trustList, TimeProvider time)
    {
        var meter = meterFactory.Create(HubTelemetry.Name);
        meter.CreateObservableGauge(
            "hub.trustlist.current_sequence",
            () => trustList.Current is { } current ? [new Measurement<long>(current.Sequence)] : Array.Empty<Measurement<long>>(),
            description: "The sequence of the trust list in use.");
        meter.CreateObservableGauge(
            "hub.trustlist.age",
            () => trustList.Current is { } current
                ? [new Measurement<double>((time.GetUtcNow() - current.Document.IssuedAt).TotalSeconds)]
                : Array.Empty<Measurement<double>>(),
            "s",
            "Seconds since the trust list in use was issued.");
        meter.CreateObservableGauge(
            "hub.trustlist.time_to_next_update",
            () => trustList.Current is { } current
                ? [new Measurement<double>((current.NextUpdate - time.GetUtcNow()).TotalSeconds)]
                : Array.Empty<Measurement<double>>(),
            "s",
            "Seconds until the trust list in use must be replaced (negative: stale, the hub is unready).");
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
