using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Oidc;

/// <summary>Turns the failure ASP.NET's handler reports into a stable <see cref="LoginError"/>; nothing else of it reaches a page.</summary>
internal static partial class LoginFailureClassifier
{
    public static LoginError Classify(Exception? failure) => failure switch
    {
        LoginRejectedException rejected => rejected.Error,
        // An error answer of the token endpoint (authorization error responses are taken in HubOidcEvents.MessageReceived).
        OpenIdConnectProtocolException protocol when protocol.Data["error"] is string error => FromHub(error, description: null),
        OpenIdConnectProtocolException => new LoginError(LoginError.InvalidResponse),
        SecurityTokenException => new LoginError(LoginError.InvalidIdToken),
        AuthenticationFailureException => new LoginError(LoginError.SessionInvalid),
        HttpRequestException or TaskCanceledException => new LoginError(LoginError.HubUnreachable),
        _ => new LoginError(LoginError.Unknown),
    };

    /// <summary>The hub's error code as sent when it is a well-formed OAuth error code (RFC 6749 §4.1.2.1), else a generic one.</summary>
    public static LoginError FromHub(string error, string? description) =>
        OAuthErrorCode().IsMatch(error)
            ? new LoginError(error, description is { Length: <= 500 } && OAuthErrorText().IsMatch(description) ? description : null)
            : new LoginError(LoginError.InvalidResponse);

    [GeneratedRegex("^[a-z0-9_]{1,64}$")]
    private static partial Regex OAuthErrorCode();

    [GeneratedRegex("^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$")]
    private static partial Regex OAuthErrorText();
}
