using System.Text.RegularExpressions;

namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// The <c>idp_hint</c> a sign-in link may carry: a trust-list provider or brand id (e.g. <c>mebuku</c>,
/// <c>sakai-d</c>). Anything else is dropped, so the link cannot smuggle parameters to the hub.
/// </summary>
internal static partial class IdpHint
{
    public const string Parameter = "idp_hint";

    public static bool IsValid(string? value) => value is not null && Shape().IsMatch(value);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex Shape();
}
