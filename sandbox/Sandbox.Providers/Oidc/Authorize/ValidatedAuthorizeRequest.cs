using Hub.TrustList.Model;

namespace Sandbox.Providers.Oidc.Authorize;

/// <summary>An authorization request from the registered client to a registered redirect URI, checked.</summary>
internal sealed record ValidatedAuthorizeRequest(
    string ClientId,
    string RedirectUri,
    string? State,
    string? Nonce,
    string CodeChallenge,
    string Scope,
    LevelOfAssurance? RequiredLevel,
    string? Brand,
    string? LoginHint);
