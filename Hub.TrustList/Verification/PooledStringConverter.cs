using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.TrustList.Verification;

/// <summary>
/// Reads short strings through a small cache that lives for one deserialization, so that the values a large list
/// repeats thousands of times ("EC", "P-256", "sig", claim names, region codes and names, purposes, reasons) are
/// held once. The cache is direct-mapped (4,096 slots, a new string replaces the one in its slot): it stays in the
/// CPU cache, costs one hash and one compare per string, and cannot be driven into worst-case behaviour. Outside a
/// <see cref="Scope"/> strings are read normally.
/// </summary>
internal sealed class PooledStringConverter : JsonConverter<string>
{
    private const int MaxPooledBytes = 48;
    private const int Slots = 4096;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>Pools strings read on this thread until disposed (then the enclosing scope's pool, if any, is back).</summary>
    public static IDisposable Scope()
    {
        var previous = t_slots;
        t_slots = new string?[Slots];
        return new PoolScope(previous);
    }

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }
        var slots = t_slots;
        if (slots is null || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledBytes)
        {
            return reader.GetString();
        }
        var bytes = reader.ValueSpan;
        Span<char> chars = stackalloc char[MaxPooledBytes];
        int length;
        try
        {
            length = StrictUtf8.GetChars(bytes, chars);
        }
        catch (DecoderFallbackException e)
        {
            throw new JsonException("A string is not valid UTF-8.", e);
        }
        var hash = new HashCode();
        hash.AddBytes(bytes);
        var slot = hash.ToHashCode() & (Slots - 1);
        var pooled = slots[slot];
        if (pooled is not null && pooled.AsSpan().SequenceEqual(chars[..length]))
        {
            return pooled;
        }
        return slots[slot] = new string(chars[..length]);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private sealed class PoolScope(string?[]? previous) : IDisposable
    {
        public void Dispose() => t_slots = previous;
    }
}
