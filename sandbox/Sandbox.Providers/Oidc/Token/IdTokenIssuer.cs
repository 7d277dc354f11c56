using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Keys;

namespace Sandbox.Providers.Oidc.Token;

/// <summary>
/// Issues ID tokens: iss, sub, aud, exp, iat, auth_time, nonce, acr, amr, at_hash and the resident's claims in
/// the provider's own names. Times come from the TimeProvider, never from the handler's clock. <see cref="SandboxFaults"/>
/// break one rule each, for the conformance suite's self-tests.
/// </summary>
internal sealed class IdTokenIssuer(JwkSigningKey key, TimeProvider time, TimeSpan lifetime, SandboxFaults faults = SandboxFaults.None)
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
        claims["acr"] = faults.HasFlag(SandboxFaults.LevelAboveMaximum) ? "urn:jp:regional-id:loa:A" : grant.Resident.Acr;
        claims["amr"] = grant.Resident.Amr.ToArray();
        claims["at_hash"] = AtHash(accessToken);
        if (grant.Nonce is not null)
        {
            claims["nonce"] = grant.Nonce;
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = faults.HasFlag(SandboxFaults.WrongIssuer) ? issuer + "/wrong-issuer" : issuer,
            Audience = faults.HasFlag(SandboxFaults.WrongAudience) ? "another-client" : grant.ClientId,
            IssuedAt = now.UtcDateTime,
            Expires = (now + (faults.HasFlag(SandboxFaults.LongValidity) ? TimeSpan.FromHours(8) : lifetime)).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
            TokenType = "JWT",
        };
        return faults.HasFlag(SandboxFaults.AlgNone) ? Unsigned(descriptor) : _handler.CreateToken(descriptor);
    }

    /// <summary>Only for <see cref="SandboxFaults.AlgNone"/>: the same claims with <c>alg: none</c> and an empty signature.</summary>
    private static string Unsigned(SecurityTokenDescriptor descriptor)
    {
        var payload = new Dictionary<string, object>(descriptor.Claims, StringComparer.Ordinal)
        {
            ["iss"] = descriptor.Issuer,
            ["aud"] = descriptor.Audience,
            ["iat"] = new DateTimeOffset(descriptor.IssuedAt!.Value).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(descriptor.Expires!.Value).ToUnixTimeSeconds(),
        };
        var header = Base64Url.Encode("""{"alg":"none","typ":"JWT"}"""u8);
        return header + "." + Base64Url.Encode(JsonSerializer.SerializeToUtf8Bytes(payload)) + ".";
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
