using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.TrustList.Verification;

/// <summary>
/// Reads short strings through a pool that lives for one deserialization, so that the values a large list repeats
/// thousands of times ("EC", "P-256", "sig", claim names, region names and codes, purposes, reasons) are held once.
/// For 100,000 relying parties this saves a few hundred bytes each. Outside a <see cref="Scope"/> it reads normally.
/// </summary>
internal sealed class PooledStringConverter : JsonConverter<string>
{
    private const int MaxPooledBytes = 32;
    private const int MaxPoolSize = 1 << 18;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static Dictionary<string, string>? t_pool;

    /// <summary>Pools strings read on this thread until disposed (then the enclosing scope's pool, if any, is back).</summary>
    public static IDisposable Scope()
    {
        var previous = t_pool;
        t_pool = new Dictionary<string, string>(StringComparer.Ordinal);
        return new PoolScope(previous);
    }

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }
        var pool = t_pool;
        if (pool is null || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxPooledBytes)
        {
            return reader.GetString();
        }
        Span<char> chars = stackalloc char[MaxPooledBytes];
        int length;
        try
        {
            length = StrictUtf8.GetChars(reader.ValueSpan, chars);
        }
        catch (DecoderFallbackException e)
        {
            throw new JsonException("A string is not valid UTF-8.", e);
        }
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var pooled))
        {
            return pooled;
        }
        var text = new string(chars[..length]);
        if (pool.Count < MaxPoolSize)
        {
            pool[text] = text;
        }
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private sealed class PoolScope(Dictionary<string, string>? previous) : IDisposable
    {
        public void Dispose() => t_pool = previous;
    }
}
