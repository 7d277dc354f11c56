using Sandbox.RelyingParty.Oidc;
using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Pages;

/// <summary>
/// The page shown when a sign-in fails: what happened in both languages, the stable code (<c>#error-code</c>),
/// the hub's own description if any, and a way back. Never a stack trace.
/// </summary>
internal sealed class ErrorPage(PageWriter writer)
{
    public Task WriteAsync(HttpContext context, LoginError error)
    {
        var texts = writer.Texts;
        var explanation = texts.Find(TextKeys.Error(error.Code)) ?? texts[TextKeys.ErrorUnknown];
        var details = error.HubDescription is null
            ? ""
            : $"<p>{Html.Both(texts[TextKeys.ErrorDetails])}: <span lang=\"en\" id=\"error-description\">{Html.Encode(error.HubDescription)}</span></p>";
        var body = $"""
            <h1>{Html.Stacked(texts[TextKeys.ErrorTitle])}</h1>
            <p class="error" id="error-message">{Html.Stacked(explanation)}</p>
            <p>{Html.Both(texts[TextKeys.ErrorCode])}: <code id="error-code">{Html.Encode(error.Code)}</code></p>
            {details}
            <a class="button primary" href="/login">{Html.Both(texts[TextKeys.ErrorRetry])}</a>
            <a class="button" href="/">{Html.Both(texts[TextKeys.Back])}</a>
            """;
        var status = error.Code == LoginError.HubUnreachable ? StatusCodes.Status502BadGateway : StatusCodes.Status400BadRequest;
        return writer.WriteAsync(context, status, TextKeys.ErrorTitle, body);
    }
}
