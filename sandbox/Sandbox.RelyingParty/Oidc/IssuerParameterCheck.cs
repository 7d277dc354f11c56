using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// RFC 9207 §2.4, which ASP.NET Core's OpenID Connect handler does not do for authorization responses (it checks
/// <c>iss</c> only on front-channel logout): an <c>iss</c> parameter, when present, must equal the issuer of the
/// hub the request was sent to, by simple string comparison; when the hub announces
/// <c>authorization_response_iss_parameter_supported</c>, a response without it is rejected too. This runs before
/// the code or the error of the response is acted on.
/// </summary>
internal static class IssuerParameterCheck
{
    public const string Parameter = "iss";

    /// <param name="values">Every <c>iss</c> value in the response (a repeated parameter is refused).</param>
    public static LoginError? Check(IReadOnlyList<string?> values, OpenIdConnectConfiguration hub)
    {
        if (values.Count == 0)
        {
            return hub.AuthorizationResponseIssParameterSupported ? new LoginError(LoginError.IssuerMissing) : null;
        }
        return values.Count == 1 && string.Equals(values[0], hub.Issuer, StringComparison.Ordinal)
            ? null
            : new LoginError(LoginError.IssuerMismatch);
    }
}
