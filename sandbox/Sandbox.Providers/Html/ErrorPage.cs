using Hub.TrustList.Common;

namespace Sandbox.Providers.Html;

/// <summary>
/// An error shown to the person instead of a redirect (the request cannot be trusted to name where to go).
/// The stable code is in the page (<c>#error-code</c>) and in the <c>X-Sandbox-Error</c> header for tests.
/// </summary>
internal static class ErrorPage
{
    public const string CodeHeader = "X-Sandbox-Error";

    public static Task WriteAsync(
        Microsoft.AspNetCore.Http.HttpContext context, int status, BrandLook look, string code, string message, ISecureRandom random)
    {
        context.Response.Headers[CodeHeader] = code;
        var body = $"""
            <h1>エラー / Error</h1>
            <p>このリクエストは処理できません。サービスに戻ってやり直してください。<br>This request cannot be processed. Go back to the service and try again.</p>
            <p>{HtmlPage.Encode(message)}</p>
            <p>code: <code id="error-code">{HtmlPage.Encode(code)}</code></p>
            """;
        return HtmlPage.WriteAsync(context, status, look, "エラー / Error", body, random);
    }
}
