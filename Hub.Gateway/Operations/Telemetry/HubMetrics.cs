using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// Meter "Hub.Gateway": <c>hub.logins</c> (provider, client, outcome), <c>hub.rejections</c> (step, code: the stable
/// codes of the logs), <c>hub.login.duration</c> and <c>hub.callback.duration</c> (seconds); the trust list's gauges
/// are in <see cref="TrustListGauges"/>. Only identifiers of providers and clients as tags, never personal data.
/// Depends on nothing that logs: the rejection log provider feeds it.
/// </summary>
public sealed class HubMetrics
{
    private readonly Counter<long> _logins;
    private readonly Counter<long> _rejections;
    private readonly Histogram<double> _loginDuration;
    private readonly Histogram<double> _callbackDuration;
    private readonly TimeProvider _time;

    public HubMetrics(IMeterFactory meterFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _time = time;
        var meter = meterFactory.Create(HubTelemetry.Name);
        _logins = meter.CreateCounter<long>("hub.logins", description: "Logins that ended, by provider, client and outcome.");
        _rejections = meter.CreateCounter<long>("hub.rejections", description: "Refused requests and provider answers, by step and stable code.");
        _loginDuration = meter.CreateHistogram<double>("hub.login.duration", "s", "From the RP's request to the flow's outcome.");
        _callbackDuration = meter.CreateHistogram<double>("hub.callback.duration", "s", "Processing of a provider's answer.");
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
