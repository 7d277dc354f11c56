using System.Text.Json;

namespace Hub.Conformance.Metadata;

/// <summary>What the suite reads from an OpenID provider's discovery document (OIDC Discovery §3).</summary>
internal sealed record OidcDiscovery(
    string Issuer,
    Uri? AuthorizationEndpoint,
    Uri? TokenEndpoint,
    Uri? UserinfoEndpoint,
    Uri JwksUri,
    IReadOnlyList<string> ResponseTypes,
    IReadOnlyList<string> IdTokenAlgorithms,
    IReadOnlyList<string> CodeChallengeMethods,
    bool IssParameterSupported)
{
    private static readonly string[] Required =
    [
        "issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "response_types_supported", "subject_types_supported",
        "id_token_signing_alg_values_supported",
    ];

    public static (OidcDiscovery? Discovery, string? Problem) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }
            var missing = Required.Where(name => !root.TryGetProperty(name, out var v) || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined).ToList();
            if (missing.Count > 0)
            {
                return (null, "missing " + string.Join(", ", missing));
            }
            if (Url(root, "jwks_uri") is not { } jwksUri || String(root, "issuer") is not { Length: > 0 } issuer)
            {
                return (null, "issuer or jwks_uri is not usable");
            }
            return (new OidcDiscovery(
                issuer, Url(root, "authorization_endpoint"), Url(root, "token_endpoint"), Url(root, "userinfo_endpoint"), jwksUri,
                Strings(root, "response_types_supported"), Strings(root, "id_token_signing_alg_values_supported"),
                Strings(root, "code_challenge_methods_supported"),
                root.TryGetProperty("authorization_response_iss_parameter_supported", out var iss) && iss.ValueKind == JsonValueKind.True), null);
        }
        catch (JsonException e)
        {
            return (null, "not valid JSON: " + e.Message);
        }
    }

    private static string? String(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Uri? Url(JsonElement root, string name)
        => String(root, name) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

    private static IReadOnlyList<string> Strings(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
}
