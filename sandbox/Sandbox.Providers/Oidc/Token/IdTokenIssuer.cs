using System.Security.Cryptography;
using System.Text;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Keys;

namespace Sandbox.Providers.Oidc.Token;

/// <summary>
/// Issues ID tokens: iss, sub, aud, exp, iat, auth_time, nonce, acr, amr, at_hash and the resident's claims in
/// the provider's own names. Times come from the TimeProvider, never from the handler's clock.
/// </summary>
internal sealed class IdTokenIssuer(JwkSigningKey key, TimeProvider time, TimeSpan lifetime)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Issue(string issuer, AuthorizationCodeGrant grant, IEnumerable<KeyValuePair<string, object>> residentClaims, string accessToken)
    {
        var now = time.GetUtcNow();
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in residentClaims)
        {
            claims[name] = ForJwt(value);
        }
        claims["sub"] = grant.Resident.Subject;
        claims["auth_time"] = grant.AuthTime.ToUnixTimeSeconds();
        claims["acr"] = grant.Resident.Acr;
        claims["amr"] = grant.Resident.Amr.ToArray();
        claims["at_hash"] = AtHash(accessToken);
        if (grant.Nonce is not null)
        {
            claims["nonce"] = grant.Nonce;
        }
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = grant.ClientId,
            IssuedAt = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
            TokenType = "JWT",
        });
    }

    /// <summary>A string map (the address) becomes an object map, which the handler writes as a JSON object.</summary>
    private static object ForJwt(object value) => value is IReadOnlyDictionary<string, string> map
        ? map.ToDictionary(e => e.Key, e => (object)e.Value, StringComparer.Ordinal)
        : value;

    /// <summary>OIDC Core §3.1.3.6: the left half of the SHA-256 of the access token (RS256 and ES256 both use SHA-256).</summary>
    private static string AtHash(string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        return Base64Url.Encode(hash.AsSpan(0, hash.Length / 2));
    }
}
