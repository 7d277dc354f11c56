using System.Text.Json;

namespace Hub.Adapters.Oidc.Claims;

/// <summary>
/// Flattens a JSON claims object into attribute paths: nested objects become dotted paths (<c>address.region</c>),
/// arrays become several values of one path, booleans and numbers their JSON text, nulls nothing.
/// </summary>
internal static class ClaimFlattener
{
    private const int MaxDepth = 8;

    public static void Flatten(JsonElement claims, IDictionary<string, IReadOnlyList<string>> into)
    {
        var collected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var property in claims.EnumerateObject())
        {
            if (!ProtocolClaims.Names.Contains(property.Name))
            {
                Add(property.Name, property.Value, collected, 0);
            }
        }
        foreach (var (path, values) in collected)
        {
            into[path] = values;
        }
    }

    private static void Add(string path, JsonElement value, Dictionary<string, List<string>> into, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Add(path + "." + property.Name, property.Value, into, depth + 1);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Add(path, item, into, depth + 1);
                }
                break;
            case JsonValueKind.String:
                Values(into, path).Add(value.GetString()!);
                break;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                Values(into, path).Add(value.GetRawText());
                break;
        }
    }

    private static List<string> Values(Dictionary<string, List<string>> into, string path)
    {
        if (!into.TryGetValue(path, out var list))
        {
            into[path] = list = [];
        }
        return list;
    }
}
