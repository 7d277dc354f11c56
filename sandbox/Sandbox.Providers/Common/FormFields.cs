using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Sandbox.Providers.Common;

/// <summary>Single-valued request parameters: a repeated parameter is an error, as OAuth 2.0 requires.</summary>
internal sealed class FormFields(IReadOnlyDictionary<string, StringValues> values)
{
    public static FormFields Empty { get; } = new(new Dictionary<string, StringValues>());

    public bool HasDuplicates => values.Values.Any(v => v.Count > 1);

    public string? this[string name] => values.TryGetValue(name, out var v) && v.Count == 1 ? v[0] : null;

    public bool Contains(string name) => values.ContainsKey(name);

    public bool IsRepeated(string name) => values.TryGetValue(name, out var v) && v.Count > 1;

    public static FormFields FromQuery(IQueryCollection query) =>
        new(query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    /// <summary>The url-encoded form body, or null when the request carries none (or a malformed one).</summary>
    public static async Task<FormFields?> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }
        try
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            return new FormFields(form.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }
}
