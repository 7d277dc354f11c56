namespace Sandbox.Providers.Oidc.Token;

/// <summary>What an authorization code stands for, and what it is bound to: client, redirect URI and PKCE challenge.</summary>
internal sealed record AuthorizationCodeGrant(
    string ClientId,
    string RedirectUri,
    string CodeChallenge,
    string? Nonce,
    string Scope,
    string? Brand,
    OidcResident Resident,
    DateTimeOffset AuthTime,
    DateTimeOffset ExpiresAt);
