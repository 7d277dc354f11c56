using System.Text;
using System.Text.Encodings.Web;
using Hub.TrustList.Common;

namespace Hub.Gateway.Flow;

/// <summary>An auto-submitting form that posts fields to the hub itself (with a button for browsers without script).</summary>
internal static class SelfPostPage
{
    public static IResult Render(HttpContext context, ISecureRandom random, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = HtmlEncoder.Default;
        var nonce = random.NextToken(16);
        var inputs = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            inputs.Append(CultureInvariant($"<input type=\"hidden\" name=\"{html.Encode(name)}\" value=\"{html.Encode(value)}\">"));
        }
        var page = $"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>続行 / Continue</title></head>
            <body><form id="continue" method="post" action="{html.Encode(action)}">{inputs}
            <noscript><button type="submit">続行 / Continue</button></noscript></form>
            <script nonce="{nonce}">document.getElementById('continue').submit();</script></body></html>
            """;
        context.Response.Headers.ContentSecurityPolicy = $"default-src 'none'; script-src 'nonce-{nonce}'; form-action 'self'";
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(page, "text/html; charset=utf-8");
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
