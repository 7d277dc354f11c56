namespace Sandbox.Providers.Common;

/// <summary>
/// A query string split into its parameters exactly as received (still percent-encoded), which the SAML
/// HTTP-Redirect binding needs to verify its signature. A repeated parameter makes the query invalid.
/// </summary>
internal static class RawQuery
{
    public static IReadOnlyDictionary<string, string>? Parse(string? query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = query is { Length: > 0 } && query[0] == '?' ? query[1..] : query ?? "";
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            if (!result.TryAdd(name, equals < 0 ? "" : pair[(equals + 1)..]))
            {
                return null;
            }
        }
        return result;
    }

    /// <summary>Form-style percent-decoding: '+' is a space.</summary>
    public static string Decode(string raw) => Uri.UnescapeDataString(raw.Replace('+', ' '));
}
