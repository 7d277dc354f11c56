using System.Diagnostics;

namespace Hub.Gateway.Operations.Telemetry;

/// <summary>
/// The hub's trace source and meter names. Spans: <c>hub.authorize</c>, <c>hub.provider.begin</c>,
/// <c>hub.provider.callback</c>, <c>hub.consent</c>, <c>hub.code.issue</c>, <c>hub.token</c>; each tagged with
/// <see cref="FlowTag"/> (a digest of the flow id, never the id itself) and provider/client ids, never personal data.
/// </summary>
public static class HubTelemetry
{
    public const string Name = "Hub.Gateway";

    public const string FlowTag = "hub.flow";

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Starts a span of the flow; null when nobody listens.</summary>
    public static Activity? Start(string name, string? flowId = null)
    {
        var activity = Source.StartActivity(name);
        if (activity is not null && flowId is not null)
        {
            activity.SetTag(FlowTag, FlowDigest.Of(flowId));
        }
        return activity;
    }
}
