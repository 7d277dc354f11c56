using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.Stores.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Consents.Notification;

/// <summary>
/// Signs a consent-revocation Security Event Token (RFC 8417) with the hub's current RS256 key (published in the
/// jwks the RP already uses for ID tokens): <c>typ</c> secevent+jwt, iss = the hub, aud = the client, iat, jti,
/// sub and sub_id (RFC 9493 opaque) = the RP's pairwise subject, and the consent-revoked event. No exp (§2.2).
/// </summary>
internal sealed class SetTokenFactory(HubKeyRing keys, IOptions<HubOpenIdProviderOptions> hub, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public async Task<string> CreateAsync(SetDelivery delivery, CancellationToken cancellationToken)
    {
        var keySet = await keys.GetAsync(cancellationToken);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = hub.Value.Issuer.AbsoluteUri,
            Audience = delivery.ClientId,
            TokenType = ConsentRevokedEvent.TokenType,
            SigningCredentials = keySet.SigningCredentialsFor(HubKeyAlgorithms.Rs256),
            Claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [JwtRegisteredClaimNames.Iat] = time.GetUtcNow().ToUnixTimeSeconds(),
                [JwtRegisteredClaimNames.Jti] = delivery.Id,
                [JwtRegisteredClaimNames.Sub] = delivery.Subject,
                ["sub_id"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["format"] = "opaque", ["id"] = delivery.Subject },
                ["events"] = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    [ConsentRevokedEvent.Uri] = new Dictionary<string, object>(StringComparer.Ordinal)
                    {
                        ["claims"] = delivery.Claims.ToArray(),
                        ["revoked_at"] = delivery.RevokedAt.ToUnixTimeSeconds(),
                    },
                },
            },
        };
        return _handler.CreateToken(descriptor);
    }
}
