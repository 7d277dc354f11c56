using System.Diagnostics.Metrics;

namespace Hub.Gateway.Consents.Notification;

/// <summary>The metric <c>hub.consent_revocation.deliveries</c>: one count per attempt, tagged with its outcome (delivered, retrying, failed).</summary>
internal sealed class SetDeliveryMetrics
{
    public const string MeterName = "Hub.Gateway.ConsentRevocation";

    private readonly Counter<long> _attempts;

    public SetDeliveryMetrics(IMeterFactory meters)
        => _attempts = meters.Create(MeterName).CreateCounter<long>("hub.consent_revocation.deliveries", description: "SET delivery attempts by outcome");

    public void Record(string outcome, string clientId)
        => _attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("client_id", clientId));
}
