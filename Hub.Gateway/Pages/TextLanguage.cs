namespace Hub.Gateway.Pages;

/// <summary>
/// The <c>lang</c> of a name shown inside a page of another language (WCAG 3.1.2): a Latin-only name such as
/// "mydoor OSAKA ID" on a Japanese page is English; a name with kana or kanji on an English page is Japanese.
/// Null when the name is in the page's language.
/// </summary>
public static class TextLanguage
{
    public static string? Of(string? text, string pageLanguage)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var japanese = text.Any(IsJapanese);
        return pageLanguage == "en" ? (japanese ? "ja" : null) : (japanese ? null : "en");
    }

    private static bool IsJapanese(char c)
        => c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u9fff') or (>= '\uff66' and <= '\uff9f');
}
