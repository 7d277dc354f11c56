using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.RelyingParty.Revocation;

/// <summary>One consent revocation the RP accepted, as shown on /revocations and in /revocations.json.</summary>
internal sealed record ReceivedRevocation(
    [property: JsonPropertyName("jti")] string Jti,
    [property: JsonPropertyName("iss")] string Issuer,
    [property: JsonPropertyName("sub")] string? Subject,
    [property: JsonPropertyName("iat")] DateTimeOffset IssuedAt,
    [property: JsonPropertyName("received_at")] DateTimeOffset ReceivedAt,
    [property: JsonPropertyName("event_types")] IReadOnlyList<string> EventTypes,
    [property: JsonPropertyName("events")] JsonElement Events);
