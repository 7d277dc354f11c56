using System.Text.Json;

namespace Hub.Gateway.Stores.Serialization;

/// <summary>The one set of JSON options for values the stores keep (flow state, code data, consents, keys).</summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A stored value is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
