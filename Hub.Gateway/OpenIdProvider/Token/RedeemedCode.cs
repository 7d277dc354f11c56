using System.Globalization;
using Hub.Gateway.OpenIdProvider.Codes;
using Hub.Gateway.OpenIdProvider.Handlers;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>
/// What a redeemed authorization code says, read from the principal OpenIddict issued at the authorization endpoint
/// and the code store kept (<see cref="StoredCodePrincipal"/>): whom it was issued to and for which redirect_uri and
/// PKCE challenge, until when, the nonce, the scopes, the ID token's claims and the released claims.
/// </summary>
internal sealed record RedeemedCode(
    string? ClientId,
    string? RedirectUri,
    string? CodeChallenge,
    string? CodeChallengeMethod,
    DateTimeOffset? ExpiresAt,
    string? Nonce,
    string? Subject,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<StoredClaim> IdTokenClaims,
    string? Released)
{
    public static RedeemedCode From(StoredCodePrincipal stored)
    {
        string? First(string type) => stored.Claims.FirstOrDefault(c => c.Type == type)?.Value;
        return new RedeemedCode(
            ClientId: First(Claims.Private.Presenter),
            RedirectUri: First(Claims.Private.RedirectUri),
            CodeChallenge: First(Claims.Private.CodeChallenge),
            CodeChallengeMethod: First(Claims.Private.CodeChallengeMethod),
            ExpiresAt: First(Claims.Private.ExpirationDate) is { } expires
                && DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            Nonce: First(Claims.Private.Nonce),
            Subject: First(Claims.Subject),
            Scopes: [.. stored.Claims.Where(c => c.Type == Claims.Private.Scope).Select(c => c.Value)],
            IdTokenClaims: [.. stored.Claims.Where(c => c.Type != Claims.Subject && c.Destinations?.Contains(Destinations.IdentityToken) == true)],
            Released: First(HubClaimTypes.Released));
    }
}
