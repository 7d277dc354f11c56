using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hub.TrustList.Common;
using Hub.TrustList.Model;
using Hub.TrustList.Signing;

namespace Hub.Conformance.Metadata;

/// <summary>The federation's key rule: RSA of 2048 bits or more, or EC on P-256 or P-384 (RFC 7518 §3.3, §3.4).</summary>
internal static class KeyStrength
{
    private const int MinRsaBits = 2048;
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const string P384Oid = "1.3.132.0.34";

    /// <summary>A description of the key (for evidence) and the problem, if any.</summary>
    public static (string Description, string? Problem) OfCertificate(string base64Der)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64Der));
            var name = $"certificate {Fingerprint(certificate.RawData)}";
            using var rsa = certificate.GetRSAPublicKey();
            if (rsa is not null)
            {
                return ($"{name}: RSA {rsa.KeySize}", rsa.KeySize >= MinRsaBits ? null : $"{name}: RSA of {rsa.KeySize} bits (at least {MinRsaBits})");
            }
            using var ec = certificate.GetECDsaPublicKey();
            if (ec is not null)
            {
                var oid = ec.ExportParameters(false).Curve.Oid.Value;
                var curve = oid switch { P256Oid => "P-256", P384Oid => "P-384", _ => null };
                return ($"{name}: EC {curve ?? oid}", curve is null ? $"{name}: EC curve {oid} (P-256 or P-384)" : null);
            }
            return (name, $"{name}: neither RSA nor EC");
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return ("certificate", "a certificate that does not parse");
        }
    }

    public static (string Description, string? Problem) OfJwk(PublicJwk jwk)
    {
        var name = $"JWK {jwk.Kid ?? Thumbprint(jwk) ?? "(no kid)"}";
        switch (jwk.Kty)
        {
            case "RSA":
                var bits = jwk.N is not null && Base64Url.TryDecode(jwk.N, out var modulus) ? BitLength(modulus) : 0;
                return ($"{name}: RSA {bits}", bits >= MinRsaBits ? null : $"{name}: RSA of {bits} bits (at least {MinRsaBits})");
            case "EC":
                var size = jwk.Crv switch { "P-256" => 32, "P-384" => 48, _ => 0 };
                var coordinates = size > 0 && jwk.X is not null && jwk.Y is not null
                    && Base64Url.TryDecode(jwk.X, out var x) && Base64Url.TryDecode(jwk.Y, out var y) && x.Length == size && y.Length == size;
                return ($"{name}: EC {jwk.Crv}", coordinates ? null : $"{name}: EC curve '{jwk.Crv}' or its coordinates are not accepted (P-256 or P-384)");
            default:
                return ($"{name}: {jwk.Kty}", $"{name}: key type '{jwk.Kty}' (RSA or EC)");
        }
    }

    /// <summary>The RFC 7638 thumbprint, to compare keys whatever their kid; null for a key type without one here.</summary>
    public static string? Thumbprint(PublicJwk jwk) => jwk switch
    {
        { Kty: "RSA", N: { } n, E: { } e } => JwkThumbprint.ForRsa(e, n),
        { Kty: "EC", Crv: { } crv, X: { } x, Y: { } y } => JwkThumbprint.ForEc(crv, x, y),
        _ => null,
    };

    public static string Fingerprint(byte[] der) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(der))[..16];

    private static int BitLength(byte[] bigEndian)
    {
        var i = 0;
        while (i < bigEndian.Length && bigEndian[i] == 0)
        {
            i++;
        }
        if (i == bigEndian.Length)
        {
            return 0;
        }
        return (bigEndian.Length - i - 1) * 8 + (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)bigEndian[i]));
    }
}
