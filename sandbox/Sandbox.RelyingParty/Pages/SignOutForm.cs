using Sandbox.RelyingParty.Pages.Texts;

namespace Sandbox.RelyingParty.Pages;

/// <summary>The sign-out button: a POST (a link could be fired by any page), answered by RP-initiated logout at the hub.</summary>
internal static class SignOutForm
{
    public const string Path = "/logout";

    public static string Render(TextCatalog texts) =>
        $"<form method=\"post\" action=\"{Path}\" id=\"signout\"><button type=\"submit\">{Html.Both(texts[TextKeys.SignOut])}</button></form>";
}
