using System.Runtime.CompilerServices;
using System.Text.Json;
using Hub.TrustList.Model;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// The typed readers of scalar values that every entry reader uses, and the errors they raise. Each takes the reader
/// on the value's token; a value of the wrong type throws <see cref="ReadException"/> at its offset.
/// </summary>
internal static class JsonValues
{
    public static T Required<T>(T? value, long objectStart, string member) where T : class
        => value ?? throw Missing(objectStart, member);

    public static T Required<T>(T? value, long objectStart, string member) where T : struct
        => value ?? throw Missing(objectStart, member);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string String(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? GetString(ref reader) : throw Expected(ref reader, "a string");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? OptionalString(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Int64(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Expected(ref reader, "an integer");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Int32(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Expected(ref reader, "a 32-bit integer");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Expected(ref reader, "true or false"),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateTimeOffset Instant(ref Utf8JsonReader reader)
    {
        var text = String(ref reader);
        return UtcInstantConverter.TryParse(text, out var value)
            ? value
            : throw new ReadException(reader.TokenStartIndex, $"'{text}' is not an ISO 8601 instant with an offset (e.g. 2026-11-25T00:00:00Z).");
    }

    /// <summary>A URI as System.Text.Json reads one (absolute or relative); the rules check what kind each member needs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Uri Uri(ref Utf8JsonReader reader)
    {
        var text = String(ref reader);
        return System.Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri)
            ? uri
            : throw new ReadException(reader.TokenStartIndex, $"'{text}' is not a URI.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Uri? OptionalUri(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Uri(ref reader);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T Enum<T>(ref Utf8JsonReader reader) where T : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Expected(ref reader, $"one of {EnumNames<T>.List}");
        }
        return EnumNames<T>.TryMatch(ref reader, out var value)
            ? value
            : throw new ReadException(reader.TokenStartIndex, $"'{GetString(ref reader)}' is not one of {EnumNames<T>.List}.");
    }

    /// <summary>Reads the written <c>status</c> of an entry: a string, compared with the history when the entry is complete.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WrittenStatus ReadWrittenStatus(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Expected(ref reader, "a string");
        }
        return EnumNames<EntryStatus>.TryMatch(ref reader, out var known)
            ? new WrittenStatus(true, known, null)
            : new WrittenStatus(true, null, GetString(ref reader));
    }

    public static ReadException Expected(ref Utf8JsonReader reader, string what)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => reader.TokenType.ToString(),
        };
        return new ReadException(reader.TokenStartIndex, $"expected {what}, found {found}.");
    }

    private static ReadException Missing(long objectStart, string member)
        => new(objectStart, $"the required member '{member}' is missing.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new ReadException(reader.TokenStartIndex, "a string holds invalid UTF-8 or a lone surrogate: " + e.Message);
        }
    }
}
