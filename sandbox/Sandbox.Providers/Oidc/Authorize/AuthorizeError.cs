namespace Sandbox.Providers.Oidc.Authorize;

/// <summary>
/// A refused authorization request. With a <see cref="RedirectUri"/> (already checked to be registered) it goes
/// back to the client as <c>error=..</c>; without one it is shown as an error page, never redirected.
/// </summary>
internal sealed record AuthorizeError(string Error, string Description, string? RedirectUri = null, string? State = null)
{
    public bool CanRedirect => RedirectUri is not null;
}
