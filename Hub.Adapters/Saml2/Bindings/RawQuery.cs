namespace Hub.Adapters.Saml2.Bindings;

/// <summary>
/// A query string split into its parameters with the values exactly as received (still URL-encoded): the Redirect
/// binding signs those octets, not a re-encoding of them. A repeated parameter makes the query invalid.
/// </summary>
internal sealed class RawQuery
{
    private readonly Dictionary<string, string> _raw;

    private RawQuery(Dictionary<string, string> raw) => _raw = raw;

    public static RawQuery? Parse(string query)
    {
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = query.StartsWith('?') ? query[1..] : query;
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = System.Net.WebUtility.UrlDecode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            if (!raw.TryAdd(name, value))
            {
                return null;
            }
        }
        return new RawQuery(raw);
    }

    public string? Raw(string name) => _raw.GetValueOrDefault(name);

    public string? Decoded(string name) => _raw.TryGetValue(name, out var value) ? System.Net.WebUtility.UrlDecode(value) : null;

    public bool Has(string name) => _raw.ContainsKey(name);
}
