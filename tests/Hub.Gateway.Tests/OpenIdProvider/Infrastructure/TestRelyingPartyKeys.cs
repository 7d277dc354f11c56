using System.Security.Cryptography;
using Hub.TrustList.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.Tests.OpenIdProvider.Infrastructure;

/// <summary>The RP side of the tests: an ES256 key generated per run, pinned in the test trust list, and assertions signed with it.</summary>
public sealed class TestRelyingPartyKeys
{
    private readonly ECDsaSecurityKey _key;

    public TestRelyingPartyKeys()
    {
        _key = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = "rp-key-1" };
        var parameters = _key.ECDsa.ExportParameters(false);
        PublicKeys = new PublicJwkSet([new PublicJwk
        {
            Kty = "EC", Kid = _key.KeyId, Use = "sig", Alg = "ES256", Crv = "P-256",
            X = Base64UrlEncoder.Encode(parameters.Q.X), Y = Base64UrlEncoder.Encode(parameters.Q.Y),
        }]);
    }

    public PublicJwkSet PublicKeys { get; }

    public SigningCredentials Credentials => new(_key, SecurityAlgorithms.EcdsaSha256);

    /// <summary>A client assertion; every member can be overridden to build a bad one.</summary>
    public string CreateAssertion(
        string clientId,
        string audience,
        DateTimeOffset now,
        TimeSpan? lifetime = null,
        string? jti = null,
        string? issuer = null,
        string? subject = null,
        SigningCredentials? credentials = null,
        bool omitJti = false)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject ?? clientId,
        };
        if (!omitJti)
        {
            claims["jti"] = jti ?? Guid.NewGuid().ToString("N");
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? clientId,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + (lifetime ?? TimeSpan.FromMinutes(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials ?? Credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
