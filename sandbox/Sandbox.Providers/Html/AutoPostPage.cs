using System.Text;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.Http;

namespace Sandbox.Providers.Html;

/// <summary>The HTTP-POST binding: a form that submits itself to <paramref name="action"/> (a button without script).</summary>
internal static class AutoPostPage
{
    public static Task WriteAsync(
        HttpContext context, BrandLook look, string action, IReadOnlyList<KeyValuePair<string, string>> fields, ISecureRandom random)
    {
        var body = new StringBuilder();
        body.Append($"<form id=\"autopost\" method=\"post\" action=\"{HtmlPage.Encode(action)}\">");
        foreach (var (name, value) in fields)
        {
            body.Append($"<input type=\"hidden\" name=\"{HtmlPage.Encode(name)}\" value=\"{HtmlPage.Encode(value)}\">");
        }
        body.Append("<p>サービスに戻ります… / Returning to the service…</p>");
        body.Append("<noscript><button class=\"primary\" type=\"submit\">続ける / Continue</button></noscript></form>");
        return HtmlPage.WriteAsync(
            context, StatusCodes.Status200OK, look, "送信中 / Sending", body.ToString(), random, action,
            "document.getElementById('autopost').submit();");
    }
}
