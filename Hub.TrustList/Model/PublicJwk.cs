using System.Text.Json.Serialization;

namespace Hub.TrustList.Model;

/// <summary>
/// A public JSON Web Key (RFC 7517) as pinned in the trust list. Only public members are modelled:
/// a list that carries private key material (<c>d</c>, <c>p</c>, ...) is rejected by the structural validator.
/// </summary>
public sealed record PublicJwk
{
    [JsonPropertyName("kty")] public required string Kty { get; init; }
    [JsonPropertyName("kid")] public string? Kid { get; init; }
    [JsonPropertyName("use")] public string? Use { get; init; }
    [JsonPropertyName("alg")] public string? Alg { get; init; }
    [JsonPropertyName("crv")] public string? Crv { get; init; }
    [JsonPropertyName("x")] public string? X { get; init; }
    [JsonPropertyName("y")] public string? Y { get; init; }
    [JsonPropertyName("n")] public string? N { get; init; }
    [JsonPropertyName("e")] public string? E { get; init; }
    [JsonPropertyName("x5c")] public IReadOnlyList<string>? X5c { get; init; }
}

/// <summary>A JWK Set: room for two keys (or more) during a rollover.</summary>
public sealed record PublicJwkSet([property: JsonPropertyName("keys")] IReadOnlyList<PublicJwk> Keys);
