using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Bench.Load.Browsing;

/// <summary>
/// A form of a page, as a browser submits it: enabled named inputs, checkboxes only when checked. Regular
/// expressions suffice for the hub's and the sandbox's own pages.
/// </summary>
public sealed partial class Form
{
    private Form(string? action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        Fields = fields;
    }

    public string? Action { get; }

    public List<KeyValuePair<string, string>> Fields { get; }

    public static Form? Find(string html, string id)
    {
        var marker = $"id=\"{id}\"";
        if (!html.Contains(marker, StringComparison.Ordinal))
        {
            return null;
        }
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = form.Groups["a"].Value;
            if (Attribute(attributes, "id") != id)
            {
                continue;
            }
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in InputPattern().Matches(form.Groups["b"].Value))
            {
                var a = input.Groups["a"].Value;
                var name = Attribute(a, "name");
                var type = Attribute(a, "type") ?? "text";
                if (name is null || HasFlag(a, "disabled") || (type == "checkbox" && !HasFlag(a, "checked")) || type == "submit")
                {
                    continue;
                }
                fields.Add(new(name, Attribute(a, "value") ?? string.Empty));
            }
            return new Form(Attribute(attributes, "action"), fields);
        }
        return null;
    }

    /// <summary>The fields with <paramref name="overrides"/> set (replacing or adding).</summary>
    public List<KeyValuePair<string, string>> With(params (string Name, string Value)[] overrides)
    {
        var fields = Fields.Where(f => overrides.All(o => o.Name != f.Key)).ToList();
        fields.AddRange(overrides.Select(o => new KeyValuePair<string, string>(o.Name, o.Value)));
        return fields;
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $"(?:^|\\s){name}=\"(?<v>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    private static bool HasFlag(string attributes, string name) => Regex.IsMatch(attributes, $"(?:^|\\s){name}(?:\\s|=|$)");

    [GeneratedRegex("<form(?<a>[^>]*)>(?<b>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input(?<a>[^>]*)>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();
}
