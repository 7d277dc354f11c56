using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Gateway.Tests.EndToEnd.Infrastructure;

/// <summary>
/// A form read from a page, as a browser would submit it: hidden and text inputs, checked checkboxes, never
/// disabled inputs, plus the clicked button. Regular expressions suffice for the pages of this repository.
/// </summary>
public sealed partial class HtmlForm
{
    private HtmlForm(string? action, string method, List<FormInput> inputs)
    {
        Action = action;
        Method = method;
        Inputs = inputs;
    }

    public string? Action { get; }

    public string Method { get; }

    public List<FormInput> Inputs { get; }

    public static HtmlForm? Find(string html, string id)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = form.Groups["attributes"].Value;
            if (Attribute(attributes, "id") != id)
            {
                continue;
            }
            var inputs = InputPattern().Matches(form.Groups["body"].Value)
                .Select(i => i.Groups["attributes"].Value)
                .Select(a => new FormInput(
                    Attribute(a, "type") ?? "text",
                    Attribute(a, "name"),
                    Attribute(a, "value") ?? string.Empty,
                    HasFlag(a, "checked"),
                    HasFlag(a, "disabled")))
                .ToList();
            return new HtmlForm(Attribute(attributes, "action"), Attribute(attributes, "method") ?? "get", inputs);
        }
        return null;
    }

    /// <summary>The fields a browser sends: enabled named inputs, checkboxes only when checked, overrides applied.</summary>
    public List<KeyValuePair<string, string>> Fields(IDictionary<string, string>? overrides = null, ISet<string>? uncheck = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in Inputs.Where(i => i.Name is not null && !i.Disabled))
        {
            if (input.Type == "checkbox" && (!input.Checked || uncheck?.Contains(input.Value) == true))
            {
                continue;
            }
            fields.Add(new(input.Name!, overrides?.TryGetValue(input.Name!, out var value) == true ? value : input.Value));
        }
        foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
        {
            if (fields.All(f => f.Key != name))
            {
                fields.Add(new(name, value));
            }
        }
        return fields;
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $"(?:^|\\s){name}=\"(?<v>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    private static bool HasFlag(string attributes, string name) => Regex.IsMatch(attributes, $"(?:^|\\s){name}(?:\\s|=|$)");

    [GeneratedRegex("<form(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input(?<attributes>[^>]*)>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();
}

public sealed record FormInput(string Type, string? Name, string Value, bool Checked, bool Disabled);
