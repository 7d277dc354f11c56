using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.RelyingParty.Keys;

namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// The <c>private_key_jwt</c> client assertion (RFC 7523 §3, OIDC Core §9): iss = sub = client_id, aud = the hub's
/// token endpoint, a random jti, a 60-second lifetime, signed ES256 with the RP's key.
/// </summary>
internal sealed class ClientAssertionFactory(ClientSigningKey key, DemoRelyingPartyOptions options)
{
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Create(string tokenEndpoint)
    {
        var now = options.TimeProvider.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.ClientId,
            Audience = tokenEndpoint,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = options.ClientId,
                [JwtRegisteredClaimNames.Jti] = options.Random.NextToken(32),
            },
            SigningCredentials = key.Credentials,
        });
    }
}
