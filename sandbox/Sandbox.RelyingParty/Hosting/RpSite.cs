namespace Sandbox.RelyingParty.Hosting;

/// <summary>
/// The RP's public base URL (no trailing slash). Known only once the server is bound (port 0), so the endpoints and
/// events read it at request time; requests arrive only after it is set.
/// </summary>
internal sealed class RpSite
{
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    private string? _base;

    public string Base => _base ?? throw new InvalidOperationException("The demo relying party has not started.");

    /// <summary>host[:port] of the public base URL, as it appears in a Host header.</summary>
    public string Authority => new Uri(Base).Authority;

    public string RedirectUri => Base + CallbackPath;

    public string PostLogoutRedirectUri => Base + SignedOutCallbackPath;

    public void Set(string baseUrl) => _base = baseUrl.TrimEnd('/');
}
