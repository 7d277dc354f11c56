using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hub.TrustList.Common;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Keys;

/// <summary>
/// The RP's ES256 key for <c>private_key_jwt</c>, loaded from a private JWK (RFC 7517). Errors name the option,
/// never the key material.
/// </summary>
internal sealed class ClientSigningKey
{
    private ClientSigningKey(ECDsaSecurityKey key) => Credentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256);

    public SigningCredentials Credentials { get; }

    public string KeyId => Credentials.Key.KeyId;

    public static ClientSigningKey Load(string json, string optionName)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var jwk = document.RootElement;
            if (Text(jwk, "kty") != "EC" || Text(jwk, "crv") != "P-256" || (Text(jwk, "alg") ?? "ES256") != "ES256")
            {
                throw new InvalidOperationException($"{optionName} must be a P-256 JWK for ES256.");
            }
            if (Text(jwk, "d") is null)
            {
                throw new InvalidOperationException($"{optionName} must be a private JWK (it has no 'd').");
            }
            var x = Text(jwk, "x")!;
            var y = Text(jwk, "y")!;
            var ecdsa = ECDsa.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = Base64Url.Decode(x), Y = Base64Url.Decode(y) },
                D = Base64Url.Decode(Text(jwk, "d")!),
            });
            var kid = Text(jwk, "kid") ?? Thumbprint(x, y);
            return new ClientSigningKey(new ECDsaSecurityKey(ecdsa) { KeyId = kid });
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentNullException or CryptographicException)
        {
            throw new InvalidOperationException($"{optionName} is not a usable private JWK for ES256.");
        }
    }

    private static string? Text(JsonElement jwk, string name) =>
        jwk.ValueKind == JsonValueKind.Object && jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>RFC 7638 thumbprint: the required members in lexicographic order.</summary>
    private static string Thumbprint(string x, string y) =>
        Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}")));
}
