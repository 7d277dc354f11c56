using Hub.TrustList.Common;
using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Pages;

/// <summary>
/// Writes one small, phone-friendly page with a strict CSP: inline style only by nonce, no script, forms only to
/// this site and the hub (browsers apply form-action to the redirect that follows the sign-out post).
/// </summary>
internal sealed class PageWriter(TextCatalog texts, ISecureRandom random, DemoRelyingPartyOptions options)
{
    public TextCatalog Texts => texts;

    public Task WriteAsync(HttpContext context, int status, string titleKey, string body)
    {
        var nonce = random.NextToken(16);
        var hubOrigin = new Uri(options.Authority).GetLeftPart(UriPartial.Authority);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self' {hubOrigin}; frame-ancestors 'none'; base-uri 'none'";
        return response.WriteAsync(Render(texts[titleKey], body, nonce), context.RequestAborted);
    }

    private string Render(LocalizedText title, string body, string nonce) => $$"""
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html.Plain(title)}} - {{Html.Plain(texts[TextKeys.AppName])}}</title>
        <style nonce="{{nonce}}">
        body{font-family:system-ui,"Noto Sans CJK JP",sans-serif;margin:0;background:#fafaf7;color:#1f1f1f;line-height:1.6}
        header{background:#00573f;color:#fff;padding:.8rem 1rem}
        header a{color:#fff;text-decoration:none;font-weight:700;font-size:1.1rem}
        header .en{display:block;font-size:.85rem;font-weight:400;color:#fff}
        .demo{background:#fff3cd;margin:0;padding:.4rem 1rem;font-size:.85rem}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}
        .en{color:#4a4a4a}
        a.button,button{display:block;width:100%;box-sizing:border-box;margin:.6rem 0;padding:.8rem;font-size:1rem;text-align:center;border-radius:.4rem;border:2px solid #00573f;background:#fff;color:#00573f;text-decoration:none;cursor:pointer}
        a.primary{background:#00573f;color:#fff}
        a.button .en,a.primary .en{color:inherit}
        a:focus,button:focus{outline:3px solid #e8a000;outline-offset:2px}
        .notice{background:#e7f3ee;border-left:4px solid #00573f;padding:.6rem}
        .error{background:#fdecea;border-left:4px solid #b00020;padding:.6rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top;word-break:break-word}
        th{background:#f0f0ec}
        pre{margin:0;white-space:pre-wrap;font-family:inherit}
        dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.3rem .8rem}dt{font-weight:700}dd{margin:0}
        </style>
        </head>
        <body>
        <header><a href="/">{{Html.Stacked(texts[TextKeys.AppName])}}</a></header>
        <p class="demo">{{Html.Both(texts[TextKeys.AppDemo])}}</p>
        <main>
        {{body}}
        </main>
        </body>
        </html>
        """;
}
