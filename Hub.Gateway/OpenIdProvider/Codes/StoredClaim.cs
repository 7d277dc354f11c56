using System.Text.Json.Serialization;

namespace Hub.Gateway.OpenIdProvider.Codes;

/// <summary>One claim of a stored code: type, value, value type (absent for a plain string) and OpenIddict's destinations.</summary>
internal sealed record StoredClaim(
    [property: JsonPropertyName("t")] string Type,
    [property: JsonPropertyName("v")] string Value,
    [property: JsonPropertyName("y"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValueType = null,
    [property: JsonPropertyName("d"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string[]? Destinations = null);
