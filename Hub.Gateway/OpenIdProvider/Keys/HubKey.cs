using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Gateway.OpenIdProvider.Keys;

/// <summary>A stored key turned into usable IdentityModel keys (private for use, public for publication).</summary>
internal sealed class HubKey
{
    private static readonly byte[] AccessTokenLabel = "hub access token v1"u8.ToArray();

    private HubKey(HubKeyRecord record, SecurityKey privateKey, JsonWebKey? publicJwk)
    {
        Record = record;
        PrivateKey = privateKey;
        PublicJwk = publicJwk;
        AccessTokenSecret = record.Algorithm == HubKeyAlgorithms.A256Kw
            ? HKDF.Extract(HashAlgorithmName.SHA256, record.KeyMaterial, AccessTokenLabel)
            : [];
    }

    public HubKeyRecord Record { get; }

    public SecurityKey PrivateKey { get; }

    /// <summary>The public JWK for the jwks endpoint; null for the (never published) symmetric key.</summary>
    public JsonWebKey? PublicJwk { get; }

    /// <summary>
    /// For the symmetric key only: HKDF-Extract (SHA-256) of its material with a label of their own, the secret each
    /// access token's key is expanded from (<see cref="AccessTokens.SealedAccessToken"/>); empty for the signing keys.
    /// </summary>
    public byte[] AccessTokenSecret { get; }

    public static HubKey Load(HubKeyRecord record) => record.Algorithm switch
    {
        HubKeyAlgorithms.Rs256 => LoadRsa(record),
        HubKeyAlgorithms.Es256 => LoadEcdsa(record),
        HubKeyAlgorithms.A256Kw => new HubKey(record, new SymmetricSecurityKey(record.KeyMaterial) { KeyId = record.KeyId }, null),
        _ => throw new InvalidOperationException($"Unsupported hub key algorithm {record.Algorithm}."),
    };

    private static HubKey LoadRsa(HubKeyRecord record)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(record.KeyMaterial, out _);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.RSA,
            Kid = record.KeyId,
            Alg = record.Algorithm,
            Use = JsonWebKeyUseNames.Sig,
            N = Base64UrlEncoder.Encode(parameters.Modulus),
            E = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        return new HubKey(record, new RsaSecurityKey(rsa) { KeyId = record.KeyId }, jwk);
    }

    private static HubKey LoadEcdsa(HubKeyRecord record)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(record.KeyMaterial, out _);
        var parameters = ecdsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.EllipticCurve,
            Kid = record.KeyId,
            Alg = record.Algorithm,
            Use = JsonWebKeyUseNames.Sig,
            Crv = JsonWebKeyECTypes.P256,
            X = Base64UrlEncoder.Encode(parameters.Q.X),
            Y = Base64UrlEncoder.Encode(parameters.Q.Y),
        };
        return new HubKey(record, new ECDsaSecurityKey(ecdsa) { KeyId = record.KeyId }, jwk);
    }
}
