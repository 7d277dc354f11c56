using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text;

namespace Hub.TrustList.Canonicalization;

/// <summary>The canonical text of JSON strings (RFC 8785 §3.2.2.2) and numbers (§3.2.2.3).</summary>
internal static class CanonicalScalars
{
    /// <summary>RFC 8785 §3.2.2.2: escape only '"', '\\' and control characters (short forms where JSON has them).</summary>
    public static void WriteString(string text, IBufferWriter<byte> output)
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteNumber(ReadOnlySpan<byte> raw, IBufferWriter<byte> output)
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsShortInteger(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        return digits.Length is > 0 and <= 15
            && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && !(digits.Length == 1 && digits[0] == (byte)'0' && raw.Length == 2);
    }
}
