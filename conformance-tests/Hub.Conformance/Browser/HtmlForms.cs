using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Conformance.Browser;

/// <summary>
/// Reads the forms of a page well enough for login pages and auto-POST pages: form attributes, input fields with
/// their values (checkboxes and radios only when checked), quoted or unquoted attributes in any order. No script runs.
/// </summary>
internal static partial class HtmlForms
{
    [GeneratedRegex(@"<form\b([^>]*)>(.*?)</form\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<input\b([^>]*)>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s""'=<>`]+)))?", RegexOptions.Singleline, 1000)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, 1000)]
    private static partial Regex TitlePattern();

    public static IReadOnlyList<HtmlForm> Parse(string html, Uri pageUrl)
    {
        var forms = new List<HtmlForm>();
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = Attributes(form.Groups[1].Value);
            var action = attributes.GetValueOrDefault("action") is { Length: > 0 } a && Uri.TryCreate(pageUrl, a, out var resolved)
                ? resolved
                : pageUrl;
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in InputPattern().Matches(form.Groups[2].Value))
            {
                var field = Attributes(input.Groups[1].Value);
                if (field.GetValueOrDefault("name") is not { Length: > 0 } name || !IsSubmitted(field))
                {
                    continue;
                }
                fields.Add(new(name, field.GetValueOrDefault("value") ?? ""));
            }
            forms.Add(new HtmlForm(attributes.GetValueOrDefault("id"), (attributes.GetValueOrDefault("method") ?? "get").ToUpperInvariant(), action, fields));
        }
        return forms;
    }

    /// <summary>The page title, for evidence (clipped).</summary>
    public static string? Title(string html)
    {
        var match = TitlePattern().Match(html);
        if (!match.Success)
        {
            return null;
        }
        var title = WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
        return title.Length > 80 ? title[..80] : title;
    }

    private static bool IsSubmitted(Dictionary<string, string> field)
    {
        var type = (field.GetValueOrDefault("type") ?? "text").ToLowerInvariant();
        return type switch
        {
            "submit" or "button" or "image" or "reset" or "file" => false,
            "checkbox" or "radio" => field.ContainsKey("checked"),
            _ => true,
        };
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in AttributePattern().Matches(text))
        {
            var value = match.Groups[2].Success ? match.Groups[2].Value
                : match.Groups[3].Success ? match.Groups[3].Value
                : match.Groups[4].Value;
            attributes.TryAdd(match.Groups[1].Value, WebUtility.HtmlDecode(value));
        }
        return attributes;
    }
}
