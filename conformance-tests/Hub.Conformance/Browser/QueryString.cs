namespace Hub.Conformance.Browser;

/// <summary>Query and form-urlencoded parameters; the first of a repeated name wins.</summary>
internal static class QueryString
{
    public static IReadOnlyDictionary<string, string> Parse(string? query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (query ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            values.TryAdd(Decode(parts[0]), parts.Length > 1 ? Decode(parts[1]) : "");
        }
        return values;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
