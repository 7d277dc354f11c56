using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Sandbox.RelyingParty.Tests.Support;

/// <summary>The committed demo keys (read from the repository) and fresh keys for the fake hub and for forgeries.</summary>
internal static class TestKeys
{
    public const string RpPublicKeyFile = "demo-rp-osaka-kosodate.public.jwk";

    public static string Read(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "sandbox", "keys", fileName);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }
        throw new FileNotFoundException("Demo key not found: " + fileName);
    }

    /// <summary>The RP's public key as registered in the trust list (what the hub verifies assertions with).</summary>
    public static JsonWebKey RpPublicKey() => new(Read(RpPublicKeyFile));

    public static ECDsaSecurityKey NewEcKey(string kid) => new(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = kid };

    /// <summary>A P-256 private JWK that is not the registered one.</summary>
    public static string NewPrivateJwk()
    {
        var parameters = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportParameters(includePrivateParameters: true);
        return $$"""{"kty":"EC","crv":"P-256","x":"{{Base64UrlEncoder.Encode(parameters.Q.X)}}","y":"{{Base64UrlEncoder.Encode(parameters.Q.Y)}}","d":"{{Base64UrlEncoder.Encode(parameters.D)}}"}""";
    }

    public static string PublicJwks(ECDsaSecurityKey key)
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(key);
        return $$"""{"keys":[{"kty":"EC","crv":"{{jwk.Crv}}","x":"{{jwk.X}}","y":"{{jwk.Y}}","kid":"{{key.KeyId}}","use":"sig","alg":"ES256"}]}""";
    }
}
