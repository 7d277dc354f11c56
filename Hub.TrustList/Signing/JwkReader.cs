using System.Text.Json;

namespace Hub.TrustList.Signing;

/// <summary>Reads the string members of a JWK, refusing duplicates and non-objects.</summary>
internal sealed class JwkReader
{
    private readonly Dictionary<string, string> _members;

    private JwkReader(Dictionary<string, string> members) => _members = members;

    public static JwkReader Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("A JWK is a JSON object.");
            }
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in document.RootElement.EnumerateObject())
            {
                if (members.ContainsKey(member.Name))
                {
                    throw new FormatException($"The JWK has the member '{member.Name}' twice.");
                }
                members[member.Name] = member.Value.ValueKind == JsonValueKind.String ? member.Value.GetString()! : member.Value.GetRawText();
            }
            return new JwkReader(members);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new FormatException("The JWK is not valid JSON: " + e.Message, e);
        }
    }

    public string? Optional(string name) => _members.GetValueOrDefault(name);

    public bool Has(string name) => _members.ContainsKey(name);

    public string Required(string name)
        => _members.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The JWK lacks its '{name}' member.");

    public byte[] RequiredBytes(string name)
        => Common.Base64Url.TryDecode(Required(name), out var bytes) && bytes.Length > 0
            ? bytes
            : throw new FormatException($"The JWK member '{name}' is not base64url.");

    public byte[]? OptionalBytes(string name) => Has(name) ? RequiredBytes(name) : null;
}
