using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Hub.TrustList.Verification;

/// <summary>
/// Reads <see cref="IReadOnlyList{T}"/> members as exact-size arrays instead of <see cref="List{T}"/>: a verified list
/// is immutable, and a relying party has six small lists, so this saves the list objects and their spare capacity.
/// </summary>
internal sealed class ReadOnlyListAsArrayConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(ReadOnlyListAsArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

internal sealed class ReadOnlyListAsArrayConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array, found {reader.TokenType}.");
        }
        var element = (JsonConverter<T>)options.GetConverter(typeof(T));
        T[] items = [];
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = (reader.TokenType == JsonTokenType.Null ? default : element.Read(ref reader, typeof(T), options))
                ?? throw new JsonException("A list holds a null.");
            if (count == items.Length)
            {
                Array.Resize(ref items, Math.Max(1, count * 2));
            }
            items[count++] = item;
        }
        if (count != items.Length)
        {
            Array.Resize(ref items, count);
        }
        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var elementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, elementInfo);
        }
        writer.WriteEndArray();
    }
}
