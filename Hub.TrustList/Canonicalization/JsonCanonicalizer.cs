using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): no whitespace, members sorted by their names' UTF-16 code units,
/// strings with the minimal escapes of §3.2.2.2, numbers as ECMAScript prints doubles. Invalid input (malformed
/// JSON, duplicate member names, lone surrogates, numbers beyond double range) throws <see cref="JsonException"/>.
/// </summary>
public static class JsonCanonicalizer
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static byte[] Canonicalize(ReadOnlySpan<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json.ToArray(), DocumentOptions);
        var output = new ArrayBufferWriter<byte>(utf8Json.Length);
        Write(document.RootElement, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the canonical form of <paramref name="element"/>. <paramref name="excludedRootMember"/> leaves out one
    /// member of the top-level object (the trust list's <c>signature</c>).
    /// </summary>
    public static void Write(JsonElement element, IBufferWriter<byte> output, string? excludedRootMember = null)
    {
        if (excludedRootMember is not null && element.ValueKind == JsonValueKind.Object)
        {
            WriteObject(element, output, excludedRootMember);
            return;
        }
        WriteValue(element, output);
    }

    private static void WriteValue(JsonElement element, IBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output, excluded: null);
                break;
            case JsonValueKind.Array:
                WriteArray(element, output);
                break;
            case JsonValueKind.String:
                WriteStringValue(element, output);
                break;
            case JsonValueKind.Number:
                WriteNumber(JsonMarshal.GetRawUtf8Value(element), output);
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            case JsonValueKind.Null:
                output.Write("null"u8);
                break;
            default:
                throw new JsonException($"Unexpected JSON value kind {element.ValueKind}.");
        }
    }

    private static void WriteArray(JsonElement array, IBufferWriter<byte> output)
    {
        output.Write("["u8);
        var first = true;
        foreach (var item in array.EnumerateArray())
        {
            if (!first)
            {
                output.Write(","u8);
            }
            first = false;
            WriteValue(item, output);
        }
        output.Write("]"u8);
    }

    private static void WriteObject(JsonElement obj, IBufferWriter<byte> output, string? excluded)
    {
        var rented = ArrayPool<JsonProperty>.Shared.Rent(Math.Max(1, obj.GetPropertyCount()));
        try
        {
            var count = 0;
            var simpleNames = true;
            foreach (var property in obj.EnumerateObject())
            {
                if (excluded is not null && property.NameEquals(excluded))
                {
                    continue;
                }
                rented[count++] = property;
                simpleNames &= IsCanonicalAscii(JsonMarshal.GetRawUtf8PropertyName(property));
            }
            var members = rented.AsSpan(0, count);
            // For ASCII names, byte order is UTF-16 code-unit order; other names are compared as .NET strings (UTF-16).
            if (simpleNames)
            {
                members.Sort(static (a, b) => JsonMarshal.GetRawUtf8PropertyName(a).SequenceCompareTo(JsonMarshal.GetRawUtf8PropertyName(b)));
            }
            else
            {
                members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            }
            output.Write("{"u8);
            for (var i = 0; i < members.Length; i++)
            {
                if (i > 0)
                {
                    if (simpleNames
                        ? JsonMarshal.GetRawUtf8PropertyName(members[i]).SequenceEqual(JsonMarshal.GetRawUtf8PropertyName(members[i - 1]))
                        : members[i].Name == members[i - 1].Name)
                    {
                        throw new JsonException($"The member name '{members[i].Name}' appears twice in one object.");
                    }
                    output.Write(","u8);
                }
                if (simpleNames)
                {
                    output.Write("\""u8);
                    output.Write(JsonMarshal.GetRawUtf8PropertyName(members[i]));
                    output.Write("\""u8);
                }
                else
                {
                    WriteString(members[i].Name, output);
                }
                output.Write(":"u8);
                WriteValue(members[i].Value, output);
            }
            output.Write("}"u8);
        }
        finally
        {
            ArrayPool<JsonProperty>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>Printable ASCII with no escape: already canonical, and byte order equals UTF-16 order.</summary>
    private static bool IsCanonicalAscii(ReadOnlySpan<byte> raw) => !raw.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E) && !raw.Contains((byte)'\\');

    private static void WriteStringValue(JsonElement element, IBufferWriter<byte> output)
    {
        var raw = JsonMarshal.GetRawUtf8Value(element); // with its quotes
        var content = raw[1..^1];
        // Without an escape the raw text is already canonical: JCS leaves every other character as it is.
        if (!content.Contains((byte)'\\') && Utf8.IsValid(content))
        {
            output.Write(raw);
            return;
        }
        string text;
        try
        {
            text = element.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("A string holds an invalid escape or a lone surrogate.", e);
        }
        WriteString(text, output);
    }

    /// <summary>RFC 8785 §3.2.2.2: escape only '"', '\\' and control characters (short forms where JSON has them).</summary>
    internal static void WriteString(string text, IBufferWriter<byte> output)
    {
        var escaped = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': escaped.Append("\\\""); break;
                case '\\': escaped.Append("\\\\"); break;
                case '\b': escaped.Append("\\b"); break;
                case '\f': escaped.Append("\\f"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                case < ' ': escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw new JsonException("A string holds a lone surrogate, which has no canonical form.");
                    }
                    else
                    {
                        escaped.Append(c);
                    }
                    break;
            }
        }
        escaped.Append('"');
        output.Write(Encoding.UTF8.GetBytes(escaped.ToString()));
    }

    private static void WriteNumber(ReadOnlySpan<byte> raw, IBufferWriter<byte> output)
    {
        if (IsShortInteger(raw))
        {
            output.Write(raw);
            return;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new JsonException($"The number '{Encoding.ASCII.GetString(raw)}' is beyond the range of an IEEE 754 double.");
        }
        output.Write(Encoding.ASCII.GetBytes(EcmaScriptNumber.Format(value)));
    }

    /// <summary>An integer of at most 15 digits (other than -0) is exact as a double and printed unchanged.</summary>
    private static bool IsShortInteger(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        return digits.Length is > 0 and <= 15
            && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && !(digits.Length == 1 && digits[0] == (byte)'0' && raw.Length == 2);
    }
}
