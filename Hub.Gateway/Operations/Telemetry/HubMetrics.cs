using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hub.TrustList.Loading;

namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// Meter "Hub.Gateway": <c>hub.logins</c> (provider, client, outcome), <c>hub.rejections</c> (step, code: the stable
/// codes of the logs), <c>hub.login.duration</c> and <c>hub.callback.duration</c> (seconds), and the gauges
/// <c>hub.trustlist.current_sequence</c> and <c>hub.trustlist.age</c> (seconds since the list was issued; alert when
/// it nears the validity). Only identifiers of providers and clients as tags, never personal data.
/// </summary>
public sealed class HubMetrics
{
    private readonly Counter<long> _logins;
    private readonly Counter<long> _rejections;
    private readonly Histogram<double> _loginDuration;
    private readonly Histogram<double> _callbackDuration;
    private readonly TimeProvider _time;

    public HubMetrics(IMeterFactory meterFactory, ITrustListSource trustList, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _time = time;
        var meter = meterFactory.Create(HubTelemetry.Name);
        _logins = meter.CreateCounter<long>("hub.logins", description: "Logins that ended, by provider, client and outcome.");
        _rejections = meter.CreateCounter<long>("hub.rejections", description: "Refused requests and provider answers, by step and stable code.");
        _loginDuration = meter.CreateHistogram<double>("hub.login.duration", "s", "From the RP's request to the flow's outcome.");
        _callbackDuration = meter.CreateHistogram<double>("hub.callback.duration", "s", "Processing of a provider's answer.");
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
    }

    public TimeProvider Time => _time;

    public void LoginEnded(string providerId, string clientId, string outcome, DateTimeOffset startedAt)
    {
        var tags = new TagList { { "provider", providerId }, { "client", clientId }, { "outcome", outcome } };
        _logins.Add(1, tags);
        _loginDuration.Record((_time.GetUtcNow() - startedAt).TotalSeconds, tags);
    }

    public void Rejected(string step, string code)
        => _rejections.Add(1, new TagList { { "step", step }, { "code", code } });

    public void CallbackProcessed(string protocol, TimeSpan elapsed)
        => _callbackDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("protocol", protocol));
}
