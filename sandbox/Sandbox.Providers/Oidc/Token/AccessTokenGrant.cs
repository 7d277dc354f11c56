namespace Sandbox.Providers.Oidc.Token;

/// <summary>What an (opaque) access token gives access to: the resident's claims at /userinfo.</summary>
internal sealed record AccessTokenGrant(string ClientId, OidcResident Resident, string Scope, string? Brand);
