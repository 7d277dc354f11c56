using System.Text;

namespace Hub.Gateway.Discovery;

/// <summary>
/// The one normal form that search input and indexed names are compared in: NFKC (full-width letters and digits,
/// half-width katakana), lower case, hiragana as katakana, ヅ/ヂ as ズ/ジ (あいずわかまつ finds 会津若松), and no
/// spaces, middle dots, hyphens or postal marks.
/// </summary>
public static class SearchText
{
    private const char FirstHiragana = '\u3041';
    private const char LastHiragana = '\u3096';
    private const int KatakanaOffset = 0x60;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c is '・' or '-' or '〒' or '‐' or '−')
            {
                continue;
            }
            var katakana = c is >= FirstHiragana and <= LastHiragana ? (char)(c + KatakanaOffset) : c;
            builder.Append(katakana switch
            {
                'ヅ' => 'ズ',
                'ヂ' => 'ジ',
                _ => katakana,
            });
        }
        return builder.ToString();
    }

    /// <summary>True when <paramref name="normalized"/> is a postal code or its first digits (〒590-0078 → 5900078).</summary>
    public static bool IsPostalCode(string normalized)
        => normalized.Length is >= 1 and <= 7 && normalized.All(char.IsAsciiDigit);
}
