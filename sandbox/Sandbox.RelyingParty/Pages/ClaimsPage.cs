using System.Text;
using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Pages;

/// <summary>After sign-in: the assurance level and the regional ID used, then every claim of the ID token and of userinfo.</summary>
internal sealed class ClaimsPage(PageWriter writer, DemoRelyingPartyOptions options)
{
    public Task WriteAsync(HttpContext context, ReceivedClaims claims)
    {
        var texts = writer.Texts;
        var none = Html.Both(texts[TextKeys.ClaimsNone]);
        var acr = claims.Acr is null
            ? none
            : $"<code>{Html.Encode(claims.Acr)}</code>" + (texts.Find(TextKeys.Level(claims.Acr)) is { } level ? "<br>" + Html.Both(level) : "");
        var body = new StringBuilder($"""
            <h1>{Html.Stacked(texts[TextKeys.ClaimsTitle])}</h1>
            <h2>{Html.Both(texts[TextKeys.ClaimsSummary])}</h2>
            <dl id="summary">
            <dt>{Html.Both(texts[TextKeys.ClaimsAcr])}</dt><dd id="acr">{acr}</dd>
            <dt>{Html.Both(texts[TextKeys.ClaimsProvider])}</dt><dd id="provider">{Provider(claims.ProviderId) ?? none}</dd>
            <dt>{Html.Both(texts[TextKeys.ClaimsBrand])}</dt><dd id="brand">{Provider(claims.Brand) ?? none}</dd>
            <dt>{Html.Both(texts[TextKeys.ClaimsSub])}</dt><dd><code id="sub">{Html.Encode(claims.Subject)}</code></dd>
            </dl>
            <h2>{Html.Both(texts[TextKeys.ClaimsIdToken])}</h2>
            {ClaimTable.Render(claims.IdToken, texts, "id-token-claims")}
            <h2>{Html.Both(texts[TextKeys.ClaimsUserinfo])}</h2>
            """);
        body.Append(claims.Userinfo is { } userinfo
            ? ClaimTable.Render(userinfo, texts, "userinfo-claims")
            : $"<p>{Html.Both(texts[TextKeys.ClaimsUserinfoNone])}</p>");
        body.Append(SignOutForm.Render(texts));
        body.Append($"<a class=\"button\" href=\"/\">{Html.Both(texts[TextKeys.Back])}</a>");
        return writer.WriteAsync(context, StatusCodes.Status200OK, TextKeys.ClaimsTitle, body.ToString());
    }

    /// <summary>A provider or brand id with its names where the home page knows them.</summary>
    private string? Provider(string? id)
    {
        if (id is null)
        {
            return null;
        }
        var known = options.ProviderHints.FirstOrDefault(h => h.Id == id);
        return known is null
            ? $"<code>{Html.Encode(id)}</code>"
            : $"<span lang=\"ja\">{Html.Encode(known.NameJa)}</span> <span lang=\"en\" class=\"en\">{Html.Encode(known.NameEn)}</span> (<code>{Html.Encode(id)}</code>)";
    }
}
