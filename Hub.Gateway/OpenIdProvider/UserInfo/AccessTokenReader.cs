using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.UserInfo;

/// <summary>What a valid hub access token says (<see cref="Token.TokenIssuer"/> describes the token).</summary>
internal sealed record AccessTokenGrant(string Subject, string ClientId, DateTimeOffset IssuedAt, string? Released);

/// <summary>
/// Reads the hub's own access tokens back: decrypted and verified with the key ring (a key that left the ring no
/// longer opens anything), typ at+jwt, the hub as issuer and audience, and not expired by the injected clock.
/// Anything else is null: the caller answers <c>invalid_token</c>.
/// </summary>
internal sealed class AccessTokenReader(HubKeyRing keyRing, IOptions<HubOpenIdProviderOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<AccessTokenGrant?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length > 16 * 1024)
        {
            return null;
        }
        var keys = await keyRing.GetAsync(cancellationToken);
        var issuer = options.Value.Issuer.AbsoluteUri;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = issuer,
            IssuerSigningKeys = keys.VerificationKeys,
            TokenDecryptionKeys = keys.DecryptionKeys,
            ValidTypes = [JsonWebTokenTypes.AccessToken],
            ValidAlgorithms = [HubKeyAlgorithms.InternalTokenSigning, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512],
            RequireSignedTokens = true,
            // Lifetime against the injected TimeProvider below (IdentityModel's own clock cannot be injected).
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }
        var inner = jwt.InnerToken ?? jwt;
        if (inner.Alg != HubKeyAlgorithms.InternalTokenSigning || jwt.Alg != SecurityAlgorithms.Aes256KW)
        {
            return null;
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (inner.ValidTo == DateTime.MinValue || inner.ValidTo <= now)
        {
            return null;
        }
        return inner.TryGetPayloadValue<string>(Claims.Subject, out var subject) && !string.IsNullOrEmpty(subject)
            && inner.TryGetPayloadValue<string>(Claims.ClientId, out var clientId) && !string.IsNullOrEmpty(clientId)
            ? new AccessTokenGrant(subject, clientId, new DateTimeOffset(inner.IssuedAt, TimeSpan.Zero),
                inner.TryGetPayloadValue<string>(HubClaimTypes.Released, out var released) ? released : null)
            : null;
    }
}
