using System.Net;
using Hub.TrustList.Common;
using Microsoft.AspNetCore.Http;

namespace Sandbox.Providers.Html;

/// <summary>
/// Writes one small, mobile-friendly HTML page with a strict CSP: inline style and script only by nonce, forms
/// only to this site and the named origin (browsers apply form-action to the redirect that follows a post too).
/// </summary>
internal static class HtmlPage
{
    public static Task WriteAsync(
        HttpContext context, int status, BrandLook look, string title, string bodyHtml, ISecureRandom random,
        string? formTarget = null, string? script = null)
    {
        var nonce = random.NextToken(16);
        var formOrigin = formTarget is not null && Uri.TryCreate(formTarget, UriKind.Absolute, out var target)
            ? " " + target.GetLeftPart(UriPartial.Authority)
            : "";
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; form-action 'self'{formOrigin}; frame-ancestors 'none'; base-uri 'none'";
        return response.WriteAsync(Render(look, title, bodyHtml, nonce, script), context.RequestAborted);
    }

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Render(BrandLook look, string title, string body, string nonce, string? script) => $$"""
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}} - {{Encode(look.NameJa)}}</title>
        <style nonce="{{nonce}}">
        body{font-family:system-ui,"Noto Sans CJK JP",sans-serif;margin:0;background:#f6f6f4;color:#222;line-height:1.5}
        header{background:{{look.Colour}};color:#fff;padding:.8rem 1rem}
        header strong{font-size:1.2rem;margin-right:.5rem}
        main{max-width:30rem;margin:0 auto;padding:1rem}
        .demo{background:#fff3cd;margin:0;padding:.4rem 1rem;font-size:.85rem}
        label{display:block;margin-top:1rem;font-weight:600}
        input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:.7rem;font-size:1rem;border:1px solid #999;border-radius:.3rem}
        .actions{display:flex;flex-direction:row-reverse;gap:.6rem;margin-top:1.5rem}
        button{flex:1;padding:.8rem;font-size:1rem;border-radius:.3rem;border:1px solid #999;background:#fff}
        button.primary{background:{{look.Colour}};color:#fff;border-color:{{look.Colour}}}
        .error{color:#b00020;font-weight:600}
        table{border-collapse:collapse;font-size:.85rem;margin-top:.5rem}
        td,th{border:1px solid #ccc;padding:.25rem .4rem;text-align:left}
        </style>
        </head>
        <body>
        <header><strong>{{Encode(look.NameJa)}}</strong><span>{{Encode(look.NameEn)}}</span></header>
        <p class="demo">デモ環境（テスト用の模擬プロバイダ）— DEMO ONLY: a simulated provider, not a real regional ID</p>
        <main>
        {{body}}
        </main>
        {{(script is null ? "" : $"<script nonce=\"{nonce}\">{script}</script>")}}
        </body>
        </html>
        """;
}
