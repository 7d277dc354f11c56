using System.Text;

namespace Hub.Adapters.Mapping.Converters;

/// <summary>
/// <c>kana</c>: a reading (フリガナ) as full-width katakana. Half-width katakana becomes full-width through the text
/// policy (NFKC), hiragana is shifted to katakana. Anything else but spaces, ー and ・ is refused.
/// </summary>
public sealed class KanaConverter : IValueConverter
{
    public string Name => "kana";

    public ConversionResult Convert(string value)
    {
        var text = TextNormalizer.Normalize(value);
        if (text.Value is null)
        {
            return text;
        }
        var builder = new StringBuilder(text.Value.Length);
        foreach (var c in text.Value)
        {
            var katakana = c is >= '\u3041' and <= '\u3096' or '\u309D' or '\u309E' ? (char)(c + 0x60) : c;
            if (!IsKatakana(katakana))
            {
                return ConversionResult.Fail("kana.invalid", "The reading contains a character that is not kana.");
            }
            builder.Append(katakana);
        }
        return ConversionResult.Ok(builder.ToString());
    }

    /// <summary>Full-width katakana letters, ー, ・, ヽ, ヾ and the space: the alphabet of a reading in the schema.</summary>
    internal static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or >= '\u30FB' and <= '\u30FE' or ' ';

    internal static bool IsValidReading(string value)
    {
        if (value.Length == 0 || value[0] == ' ' || value[^1] == ' ' || value.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!IsKatakana(c))
            {
                return false;
            }
        }
        return true;
    }
}
