using System.Net.Http.Headers;
using System.Text;

namespace Sandbox.Providers.Tests.Support;

/// <summary>HttpClients that show redirects instead of following them, as a browser's network log would.</summary>
internal static class Http
{
    public static HttpClient NoRedirects() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret))));

    public static IReadOnlyDictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
}
