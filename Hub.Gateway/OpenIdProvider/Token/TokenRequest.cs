using Hub.Gateway.OpenIdProvider.ClientAuthentication;

namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>An authorization-code token request as read from the form and the Authorization header.</summary>
internal sealed record TokenRequest(
    string? GrantType,
    string? Code,
    string? RedirectUri,
    string? CodeVerifier,
    ClientAuthenticationRequest Client);
