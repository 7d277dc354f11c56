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

    /// <summary>
    /// Writes the released claims of <paramref name="json"/> (as <see cref="ToJson"/> wrote them) into a JWT payload
    /// being written, with their JSON types: names of the common schema only, none that <paramref name="written"/>
    /// already holds (each one written is added to it), nulls left out, numbers as integers.
    /// </summary>
    public static void WriteTokenClaims(string? json, Utf8JsonWriter writer, ISet<string> written)
    {
        if (string.IsNullOrEmpty(json))
        {
            return;
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var claim in document.RootElement.EnumerateObject())
        {
            if (claim.Value.ValueKind != JsonValueKind.Null && CommonClaimNames.All.Contains(claim.Name) && written.Add(claim.Name))
            {
                writer.WritePropertyName(claim.Name);
                WriteValue(claim.Value, writer);
            }
        }
    }

    private static void WriteValue(JsonElement value, Utf8JsonWriter writer)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in value.EnumerateObject())
                {
                    if (member.Value.ValueKind != JsonValueKind.Null)
                    {
                        writer.WritePropertyName(member.Name);
                        WriteValue(member.Value, writer);
                    }
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Null)
                    {
                        WriteValue(item, writer);
                    }
                }
                writer.WriteEndArray();
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.WriteBooleanValue(value.GetBoolean());
                break;
            case JsonValueKind.Number:
                writer.WriteNumberValue(value.GetInt64());
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(value.GetString());
                break;
            default:
                throw new InvalidOperationException("Unsupported claim value.");
        }
    }
}
