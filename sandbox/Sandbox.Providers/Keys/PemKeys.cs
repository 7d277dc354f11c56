using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Sandbox.Providers.Keys;

/// <summary>PEM loading. Errors name the option, never the key material.</summary>
internal static class PemKeys
{
    public static X509Certificate2 Certificate(string pem, string optionName)
    {
        try
        {
            var certificate = X509Certificate2.CreateFromPem(pem);
            using var rsa = certificate.GetRSAPublicKey()
                ?? throw new InvalidOperationException($"{optionName} must hold an RSA certificate.");
            return rsa.KeySize >= 2048
                ? certificate
                : throw new InvalidOperationException($"{optionName} must hold an RSA key of at least 2048 bits.");
        }
        catch (CryptographicException)
        {
            throw new InvalidOperationException($"{optionName} is not a PEM certificate.");
        }
    }

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
