namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// Carries a rejection made by one of the RP's own checks through ASP.NET's remote-failure path (which only
/// takes exceptions) to the error page. Never thrown: it is handed to <c>context.Fail</c>.
/// </summary>
internal sealed class LoginRejectedException(LoginError error) : Exception("Sign-in rejected: " + error.Code)
{
    public LoginError Error { get; } = error;
}
