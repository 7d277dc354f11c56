using System.Text.Json;
using Hub.TrustList.Signing;

namespace Hub.TrustList.Validation;

/// <summary>
/// Finds a JWK (an object with <c>kty</c>) that carries private or symmetric key material anywhere in a document.
/// The model has no place for such members, so this runs on the raw JSON to name the rule precisely.
/// </summary>
public static class PrivateKeyMaterialScanner
{
    /// <summary>The path of the first offending JWK member, or null. Returns null for JSON that does not parse or holds invalid strings.</summary>
    public static string? Find(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Find(document.RootElement, "$");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var isJwk = element.TryGetProperty("kty", out _);
                foreach (var member in element.EnumerateObject())
                {
                    if (isJwk && PrivateJwkMembers.Contains(member.Name))
                    {
                        return $"{path}.{member.Name}";
                    }
                    if (Find(member.Value, $"{path}.{member.Name}") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }
}
