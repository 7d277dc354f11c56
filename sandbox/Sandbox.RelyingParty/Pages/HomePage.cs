using System.Text;
using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Pages;

/// <summary>The start page: sign in (any regional ID, or one named by <c>idp_hint</c>), or, once signed in, the way to the claims.</summary>
internal sealed class HomePage(PageWriter writer, DemoRelyingPartyOptions options)
{
    public Task WriteAsync(HttpContext context, bool signedIn)
    {
        var texts = writer.Texts;
        var body = new StringBuilder();
        body.Append($"<h1>{Html.Stacked(texts[TextKeys.HomeTitle])}</h1>");
        if (context.Request.Query.ContainsKey("signedout"))
        {
            body.Append($"<p class=\"notice\" id=\"notice\">{Html.Stacked(texts[TextKeys.HomeSignedOut])}</p>");
        }
        if (context.Request.Query.ContainsKey("revoked"))
        {
            body.Append($"<p class=\"notice\" id=\"notice\">{Html.Stacked(texts[TextKeys.HomeRevoked])}</p>");
        }
        if (signedIn)
        {
            body.Append($"<p>{Html.Stacked(texts[TextKeys.HomeSignedIn])}</p>");
            body.Append($"<a class=\"button primary\" href=\"/claims\">{Html.Both(texts[TextKeys.HomeShowClaims])}</a>");
            body.Append(SignOutForm.Render(texts));
        }
        else
        {
            body.Append($"<p>{Html.Stacked(texts[TextKeys.HomeIntro])}</p>");
            body.Append($"<a class=\"button primary\" id=\"signin\" href=\"/login\">{Html.Both(texts[TextKeys.HomeSignIn])}</a>");
            body.Append($"<h2>{Html.Both(texts[TextKeys.HomeHints])}</h2>");
            foreach (var hint in options.ProviderHints)
            {
                var href = "/login?idp_hint=" + Uri.EscapeDataString(hint.Id);
                body.Append($"<a class=\"button\" href=\"{Html.Encode(href)}\"><span lang=\"ja\">{Html.Encode(hint.NameJa)}</span> <span lang=\"en\" class=\"en\">{Html.Encode(hint.NameEn)}</span></a>");
            }
        }
        body.Append($"<p><a href=\"/revocations\">{Html.Both(texts[TextKeys.HomeRevocations])}</a></p>");
        return writer.WriteAsync(context, StatusCodes.Status200OK, TextKeys.HomeTitle, body.ToString());
    }
}
