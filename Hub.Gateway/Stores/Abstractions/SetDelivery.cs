using System.Text.Json.Serialization;

namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// One consent-revocation Security Event Token to push to a relying party (RFC 8935). <see cref="Id"/> is the SET's
/// <c>jti</c> (the same on every attempt); <see cref="Owner"/> is the person's consent key (for the dashboard),
/// <see cref="Subject"/> the RP's pairwise <c>sub</c>. The token is signed again at each attempt, with the current key.
/// </summary>
public sealed record SetDelivery(
    string Id,
    string Owner,
    string ClientId,
    string Subject,
    Uri Endpoint,
    IReadOnlyList<string> Claims,
    DateTimeOffset RevokedAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    SetDeliveryState State,
    string? LastError = null);

/// <summary>Where a delivery stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SetDeliveryState>))]
public enum SetDeliveryState
{
    /// <summary>Queued, not yet attempted.</summary>
    Pending,

    /// <summary>An attempt failed; queued again for <see cref="SetDelivery.NextAttemptAt"/>.</summary>
    Retrying,

    /// <summary>The RP accepted the SET (202).</summary>
    Delivered,

    /// <summary>Given up: the RP refused the SET (400) or every attempt failed.</summary>
    Failed,
}
