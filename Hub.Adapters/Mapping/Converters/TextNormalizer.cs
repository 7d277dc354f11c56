using System.Globalization;
using System.Text;

namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// The text policy of the common schema (docs/attributes.md, "Text normalisation"):
/// NFKC (full-width Latin and digits to ASCII, half-width katakana to full-width, U+3000 to a space), except that
/// CJK compatibility ideographs are kept exactly as registered (plain NFKC would fold e.g. U+FA10 塚 into U+585A 塚);
/// whitespace runs collapse to one space and the ends are trimmed; control and private-use characters (外字 of a
/// registry system, meaningless outside it) and broken UTF-16 are refused.
/// </summary>
internal static class TextNormalizer
{
    public static ConversionResult Normalize(string value)
    {
        if (!IsWellFormed(value))
        {
            return ConversionResult.Fail("text.invalid_unicode", "The value is not well-formed UTF-16.");
        }
        string normalized;
        if (ContainsCompatibilityIdeograph(value))
        {
            normalized = NormalizeAroundCompatibilityIdeographs(value);
        }
        else
        {
            normalized = value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
        }
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Control || category == UnicodeCategory.Format && !IsAllowedFormat(rune))
            {
                return ConversionResult.Fail("text.control_character", "The value contains a control or format character.");
            }
            if (category == UnicodeCategory.PrivateUse)
            {
                return ConversionResult.Fail("text.private_use", "The value contains a private-use character (外字) that has no standard code point.");
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(rune.ToString());
        }
        return builder.Length == 0
            ? ConversionResult.Absent()
            : ConversionResult.Ok(builder.ToString());
    }

    /// <summary>True if <paramref name="value"/> already satisfies the policy (used to check a chain's output).</summary>
    public static bool IsNormalized(string value)
    {
        var result = Normalize(value);
        return !result.IsFailure && string.Equals(result.Value, value, StringComparison.Ordinal);
    }

    /// <summary>CJK compatibility ideographs: U+F900..U+FAFF and the supplement U+2F800..U+2FA1F.</summary>
    internal static bool IsCompatibilityIdeograph(Rune rune) =>
        rune.Value is >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;

    // Variation selectors (IVS, U+E0100..) are format characters; they select a registered glyph and are kept.
    private static bool IsAllowedFormat(Rune rune) =>
        rune.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    private static bool ContainsCompatibilityIdeograph(string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsCompatibilityIdeograph(rune))
            {
                return true;
            }
        }
        return false;
    }

    private static string NormalizeAroundCompatibilityIdeographs(string value)
    {
        var builder = new StringBuilder(value.Length);
        var segmentStart = 0;
        var index = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsCompatibilityIdeograph(rune))
            {
                builder.Append(value.AsSpan(segmentStart, index - segmentStart).ToString().Normalize(NormalizationForm.FormKC));
                builder.Append(rune.ToString());
                segmentStart = index + rune.Utf16SequenceLength;
            }
            index += rune.Utf16SequenceLength;
        }
        builder.Append(value.AsSpan(segmentStart).ToString().Normalize(NormalizationForm.FormKC));
        return builder.ToString();
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(value[i]))
            {
                return false;
            }
        }
        return true;
    }
}
