using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Gateway.OpenIdProvider.Release;

/// <summary>
/// The claims an RP receives for one authorization, already filtered by <see cref="ClaimReleasePolicy"/>. Carried
/// inside the (encrypted) authorization code and access token as one JSON object, and put into the ID token and
/// the userinfo response with their JSON types intact.
/// </summary>
public sealed class ReleasedClaims
{
    private readonly SortedDictionary<string, JsonNode> _values;

    internal ReleasedClaims(SortedDictionary<string, JsonNode> values) => _values = values;

    public static ReleasedClaims Empty { get; } = new(new SortedDictionary<string, JsonNode>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, JsonNode> Values => _values;

    public IReadOnlyCollection<string> Names => _values.Keys;

    public string ToJson()
    {
        var json = new JsonObject();
        foreach (var (name, value) in _values)
        {
            json[name] = value.DeepClone();
        }
        return json.ToJsonString();
    }

    public static ReleasedClaims FromJson(string? json)
    {
        var values = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(json) && JsonNode.Parse(json) is JsonObject parsed)
        {
            foreach (var (name, value) in parsed)
            {
                if (value is not null && CommonClaimNames.All.Contains(name))
                {
                    values[name] = value.DeepClone();
                }
            }
        }
        return new ReleasedClaims(values);
    }

    /// <summary>The claims as CLR values a JWT payload writer keeps typed (string, bool, list, dictionary).</summary>
    public IReadOnlyDictionary<string, object> ToTokenClaims()
        => _values.ToDictionary(kv => kv.Key, kv => ToClr(kv.Value), StringComparer.Ordinal);

    private static object ToClr(JsonNode node) => node switch
    {
        JsonObject obj => obj.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => ToClr(kv.Value!), StringComparer.Ordinal),
        JsonArray array => array.Where(v => v is not null).Select(v => ToClr(v!)).ToList(),
        JsonValue value when value.GetValueKind() == JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.False => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<JsonElement>().GetInt64(),
        JsonValue value => value.GetValue<string>(),
        _ => throw new InvalidOperationException("Unsupported claim value."),
    };
}
