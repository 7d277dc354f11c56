using System.Diagnostics.Metrics;

namespace Hub.TrustList.Loading;

/// <summary>
/// Meter "Hub.TrustList": <c>hub.trustlist.accepted</c> (by origin), <c>hub.trustlist.rejected</c> (by error code)
/// and the gauge <c>hub.trustlist.sequence</c> of the current list.
/// </summary>
public sealed class TrustListMetrics
{
    public const string MeterName = "Hub.TrustList";

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;

    public TrustListMetrics(IMeterFactory meterFactory, Func<long?> currentSequence)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _accepted = meter.CreateCounter<long>("hub.trustlist.accepted", description: "Trust lists verified and made current.");
        _rejected = meter.CreateCounter<long>("hub.trustlist.rejected", description: "Trust lists refused or not fetched, by error code.");
        meter.CreateObservableGauge(
            "hub.trustlist.sequence",
            () => currentSequence() is { } sequence ? [new Measurement<long>(sequence)] : Array.Empty<Measurement<long>>(),
            description: "The sequence of the current trust list.");
    }

    public void Accepted(string origin) => _accepted.Add(1, new KeyValuePair<string, object?>("origin", origin));

    public void Rejected(string code) => _rejected.Add(1, new KeyValuePair<string, object?>("code", code));
}
