using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sandbox.Providers.Keys;

/// <summary>PEM loading. Errors name the option, never the key material.</summary>
internal static class PemKeys
{
    /// <summary>An RSA certificate of at least 2048 bits; with <paramref name="allowP256"/> also an ECDSA P-256 one.</summary>
    public static X509Certificate2 Certificate(string pem, string optionName, bool allowP256 = false)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException)
        {
            throw new InvalidOperationException($"{optionName} is not a PEM certificate.");
        }
        var problem = KeyProblem(certificate, allowP256);
        if (problem is not null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{optionName} must hold {problem}.");
        }
        return certificate;
    }

    private static string? KeyProblem(X509Certificate2 certificate, bool allowP256)
    {
        var wanted = allowP256 ? "an RSA key of at least 2048 bits or an ECDSA P-256 key" : "an RSA key of at least 2048 bits";
        using (var rsa = certificate.GetRSAPublicKey())
        {
            if (rsa is not null)
            {
                return rsa.KeySize >= 2048 ? null : wanted;
            }
        }
        using var ecdsa = allowP256 ? certificate.GetECDsaPublicKey() : null;
        return ecdsa is not null && IsP256(ecdsa) ? null : wanted;
    }

    private static bool IsP256(ECDsa key)
        => key.ExportParameters(false).Curve is { IsNamed: true } curve
            && curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;

    /// <summary>The RSA private key, checked to belong to <paramref name="certificate"/>.</summary>
    public static RSA PrivateKeyFor(string pem, X509Certificate2 certificate, string optionName)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{optionName} is not a PEM RSA private key.");
        }
        using var publicKey = certificate.GetRSAPublicKey()!;
        var modulus = publicKey.ExportParameters(false).Modulus!;
        if (!CryptographicOperations.FixedTimeEquals(modulus, rsa.ExportParameters(false).Modulus!))
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{optionName} does not match its certificate.");
        }
        return rsa;
    }
}
