using System.Text.Json;

namespace Sandbox.RelyingParty.Pages.Texts;

/// <summary>
/// The page texts, from the embedded <c>texts.json</c> (key → {ja, en}). Every string a person reads comes from
/// there, so a translation or a new language is an edit of that one file.
/// </summary>
internal sealed class TextCatalog
{
    public const string ResourceName = "Sandbox.RelyingParty.texts.json";

    private readonly Dictionary<string, LocalizedText> _texts;

    private TextCatalog(Dictionary<string, LocalizedText> texts) => _texts = texts;

    public static TextCatalog Embedded { get; } = LoadEmbedded();

    public IReadOnlyCollection<string> Keys => _texts.Keys;

    /// <summary>A text by key; a missing key is a bug, caught by the catalog test, not a person's problem.</summary>
    public LocalizedText this[string key] =>
        _texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException("No page text for " + key);

    public LocalizedText? Find(string key) => _texts.GetValueOrDefault(key);

    public static TextCatalog Parse(string json)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, LocalizedText>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("texts.json is empty.");
        foreach (var (key, text) in raw)
        {
            if (string.IsNullOrWhiteSpace(text?.Ja) || string.IsNullOrWhiteSpace(text.En))
            {
                throw new InvalidOperationException($"texts.json: '{key}' needs both 'ja' and 'en'.");
            }
        }
        return new TextCatalog(new Dictionary<string, LocalizedText>(raw, StringComparer.Ordinal));
    }

    private static TextCatalog LoadEmbedded()
    {
        using var stream = typeof(TextCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded texts.json is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
