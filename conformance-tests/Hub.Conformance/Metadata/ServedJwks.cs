using System.Text.Json;
using Hub.TrustList.Model;

namespace Hub.Conformance.Metadata;

/// <summary>The JWK Set a provider serves at its jwks_uri, read leniently (extra members are allowed there).</summary>
internal static class ServedJwks
{
    public static (IReadOnlyList<PublicJwk>? Keys, string? Problem) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                return (null, "not a JWK Set (an object with a 'keys' array)");
            }
            var read = new List<PublicJwk>();
            foreach (var key in keys.EnumerateArray())
            {
                if (key.ValueKind != JsonValueKind.Object || Member(key, "kty") is not { } kty)
                {
                    return (null, "a key without kty");
                }
                if (new[] { "d", "p", "q", "dp", "dq", "qi", "k" }.Any(name => key.TryGetProperty(name, out _)))
                {
                    return (null, "the JWK Set publishes private or symmetric key material");
                }
                read.Add(new PublicJwk
                {
                    Kty = kty, Kid = Member(key, "kid"), Use = Member(key, "use"), Alg = Member(key, "alg"), Crv = Member(key, "crv"),
                    X = Member(key, "x"), Y = Member(key, "y"), N = Member(key, "n"), E = Member(key, "e"),
                });
            }
            return (read, null);
        }
        catch (JsonException e)
        {
            return (null, "not valid JSON: " + e.Message);
        }
    }

    private static string? Member(JsonElement key, string name)
        => key.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
