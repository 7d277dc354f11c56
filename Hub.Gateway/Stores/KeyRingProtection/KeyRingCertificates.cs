using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Gateway.Stores.KeyRingProtection;

/// <summary>Loads the key-ring certificates of <see cref="KeyRingProtectionOptions"/>, with a message that says what is wrong.</summary>
internal static class KeyRingCertificates
{
    public static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"DataProtection: the key-ring certificate '{path}' cannot be read as PKCS#12 with the configured password ({e.Message}).", e);
        }
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException(
                $"DataProtection: the key-ring certificate '{path}' must carry an RSA private key (the key ring is encrypted to it and decrypted with it).");
        }
        return certificate;
    }
}
