using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.OpenIdProvider.AccessTokens;
using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.TrustList.Common;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.Gateway.OpenIdProvider.Token;

/// <summary>
/// Issues the tokens of a redeemed code with the rotating hub keys. The access token is opaque to the RP, sealed by
/// the hub for itself (<see cref="SealedAccessToken"/>, decision 0012) and read back only by its userinfo endpoint:
/// sub, client_id, scope, iat, exp and the released claims. The ID token (OIDC Core 2 and 3.1.3.6: iss, sub, aud, azp, exp, iat, auth_time, nonce, acr, amr, at_hash, and
/// the released claims with their JSON types), signed with the RP's registered algorithm (RS256 unless ES256 is
/// registered for it).
/// </summary>
internal sealed class TokenIssuer(HubKeyRing keyRing, IOptions<HubOpenIdProviderOptions> options, TimeProvider time, ISecureRandom random)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<IssuedTokens> IssueAsync(RedeemedCode code, string clientId, CancellationToken cancellationToken)
    {
        var keys = await keyRing.GetAsync(cancellationToken);
        var settings = options.Value;
        var issuer = settings.Issuer.AbsoluteUri;
        var now = time.GetUtcNow();
        var lifetime = settings.OpenIdProvider.AccessTokenLifetime;
        var scopes = code.Scopes;

        var accessToken = SealedAccessToken.Seal(
            new AccessTokenContent(code.Subject!, clientId, string.Join(' ', scopes), now, now + lifetime, code.Released ?? "{}"),
            keys.CurrentSealingKey, random);

        var payload = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in ReleasedClaims.FromJson(code.Released).ToTokenClaims())
        {
            payload[name] = value;
        }
        payload[Claims.Subject] = code.Subject!;
        payload[Claims.AuthorizedParty] = clientId;
        payload[Claims.AccessTokenHash] = AccessTokenHash(accessToken);
        if (code.Nonce is not null)
        {
            payload[Claims.Nonce] = code.Nonce;
        }
        foreach (var group in code.IdTokenClaims.GroupBy(c => c.Type, StringComparer.Ordinal))
        {
            payload[group.Key] = group.Key == Claims.AuthenticationMethodReference || group.Count() > 1
                ? group.Select(c => c.Value).ToArray()
                : Typed(group.First());
        }
        var algorithm = settings.OpenIdProvider.IdTokenSigningAlgorithms.TryGetValue(clientId, out var preferred) ? preferred : HubKeyAlgorithms.Rs256;
        var idToken = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = clientId,
            IssuedAt = now.UtcDateTime,
            Expires = (now + settings.OpenIdProvider.IdentityTokenLifetime).UtcDateTime,
            Claims = payload,
            SigningCredentials = keys.SigningCredentialsFor(algorithm),
        });
        return new IssuedTokens(accessToken, lifetime, idToken, scopes);
    }

    /// <summary>OIDC Core 3.1.3.6: the left half of the SHA-256 of the access token (both algorithms hash with SHA-256).</summary>
    private static string AccessTokenHash(string accessToken)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.ASCII.GetBytes(accessToken), hash);
        return Base64Url.Encode(hash[..16]);
    }

    private static object Typed(Codes.StoredClaim claim)
        => claim.ValueType is ClaimValueTypes.Integer64 or ClaimValueTypes.Integer or ClaimValueTypes.Integer32
            && long.TryParse(claim.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : claim.Value;
}
