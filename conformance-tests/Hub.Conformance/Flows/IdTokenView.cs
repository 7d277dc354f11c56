using System.Text.Json;
using Hub.TrustList.Common;

namespace Hub.Conformance.Flows;

/// <summary>The suite's own reading of an ID token's header and times (the hub has already judged its signature).</summary>
internal sealed record IdTokenView(string? Alg, DateTimeOffset? IssuedAt, DateTimeOffset? Expires)
{
    public static IdTokenView? Read(string idToken)
    {
        var parts = idToken.Split('.');
        if (parts.Length != 3 || !Base64Url.TryDecode(parts[0], out var header) || !Base64Url.TryDecode(parts[1], out var payload))
        {
            return null;
        }
        try
        {
            using var headerJson = JsonDocument.Parse(header);
            using var payloadJson = JsonDocument.Parse(payload);
            var alg = headerJson.RootElement.TryGetProperty("alg", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
            return new IdTokenView(alg, Seconds(payloadJson.RootElement, "iat"), Seconds(payloadJson.RootElement, "exp"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateTimeOffset? Seconds(JsonElement payload, string name)
        => payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
           && value.TryGetInt64(out var seconds) && seconds is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
