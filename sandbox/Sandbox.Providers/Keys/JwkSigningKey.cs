using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.Providers.Keys;

/// <summary>
/// An OP's signing key, loaded from a private JWK (RFC 7517). Only the public half is ever published
/// (<see cref="PublicJwk"/>); errors name the option, never the key material.
/// </summary>
internal sealed class JwkSigningKey
{
    private JwkSigningKey(SecurityKey key, string algorithm, string keyId, JsonObject publicJwk)
    {
        Credentials = new SigningCredentials(key, algorithm);
        Algorithm = algorithm;
        KeyId = keyId;
        PublicJwk = publicJwk;
    }

    public SigningCredentials Credentials { get; }

    public string Algorithm { get; }

    public string KeyId { get; }

    public JsonObject PublicJwk { get; }

    public static JwkSigningKey Load(string json, string algorithm, string optionName)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var jwk = document.RootElement;
            var declared = Optional(jwk, "alg");
            if (declared is not null && declared != algorithm)
            {
                throw new InvalidOperationException($"{optionName} is for {declared}; this provider signs with {algorithm}.");
            }
            return algorithm switch
            {
                SecurityAlgorithms.RsaSha256 => LoadRsa(jwk, optionName),
                SecurityAlgorithms.EcdsaSha256 => LoadEcP256(jwk, optionName),
                _ => throw new InvalidOperationException($"Unsupported signing algorithm {algorithm}."),
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or CryptographicException)
        {
            throw new InvalidOperationException($"{optionName} is not a usable private JWK for {algorithm}.");
        }
    }

    private static JwkSigningKey LoadRsa(JsonElement jwk, string optionName)
    {
        RequireKty(jwk, "RSA", optionName);
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters
        {
            Modulus = Bytes(jwk, "n"), Exponent = Bytes(jwk, "e"), D = Bytes(jwk, "d"), P = Bytes(jwk, "p"),
            Q = Bytes(jwk, "q"), DP = Bytes(jwk, "dp"), DQ = Bytes(jwk, "dq"), InverseQ = Bytes(jwk, "qi"),
        });
        if (rsa.KeySize < 2048)
        {
            throw new InvalidOperationException($"{optionName} must be an RSA key of at least 2048 bits.");
        }
        var n = jwk.GetProperty("n").GetString()!;
        var e = jwk.GetProperty("e").GetString()!;
        var kid = Optional(jwk, "kid") ?? Thumbprint($"{{\"e\":\"{e}\",\"kty\":\"RSA\",\"n\":\"{n}\"}}");
        var publicJwk = new JsonObject { ["kty"] = "RSA", ["kid"] = kid, ["use"] = "sig", ["alg"] = "RS256", ["n"] = n, ["e"] = e };
        return new JwkSigningKey(new RsaSecurityKey(rsa) { KeyId = kid }, SecurityAlgorithms.RsaSha256, kid, publicJwk);
    }

    private static JwkSigningKey LoadEcP256(JsonElement jwk, string optionName)
    {
        RequireKty(jwk, "EC", optionName);
        if (Optional(jwk, "crv") != "P-256")
        {
            throw new InvalidOperationException($"{optionName} must be a P-256 key for ES256.");
        }
        var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Bytes(jwk, "x"), Y = Bytes(jwk, "y") },
            D = Bytes(jwk, "d"),
        });
        var x = jwk.GetProperty("x").GetString()!;
        var y = jwk.GetProperty("y").GetString()!;
        var kid = Optional(jwk, "kid") ?? Thumbprint($"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}");
        var publicJwk = new JsonObject { ["kty"] = "EC", ["kid"] = kid, ["use"] = "sig", ["alg"] = "ES256", ["crv"] = "P-256", ["x"] = x, ["y"] = y };
        return new JwkSigningKey(new ECDsaSecurityKey(ecdsa) { KeyId = kid }, SecurityAlgorithms.EcdsaSha256, kid, publicJwk);
    }

    private static void RequireKty(JsonElement jwk, string kty, string optionName)
    {
        if (Optional(jwk, "kty") != kty)
        {
            throw new InvalidOperationException($"{optionName} must be a JWK of kty {kty}.");
        }
    }

    private static string? Optional(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Bytes(JsonElement jwk, string name) => Base64Url.Decode(jwk.GetProperty(name).GetString()!);

    /// <summary>RFC 7638 thumbprint of the required members, already in lexicographic order.</summary>
    private static string Thumbprint(string canonicalJson) => Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));
}
