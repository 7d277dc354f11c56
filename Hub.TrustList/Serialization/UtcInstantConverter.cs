using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.TrustList.Serialization;

/// <summary>
/// Instants are written as <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC, whole seconds) so that the canonical form is
/// one string per instant. Reading requires an explicit offset: a local time without one is ambiguous.
/// </summary>
public sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not an ISO 8601 instant with an offset (e.g. 2026-11-25T00:00:00Z).");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture));

    /// <summary>The reading rule, shared with the verifier's reader: an ISO 8601 instant with an explicit offset, as UTC.</summary>
    internal static bool TryParse(string? text, out DateTimeOffset value)
    {
        if (text is null || !(text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 9)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            value = default;
            return false;
        }
        value = value.ToUniversalTime();
        return true;
    }
}
