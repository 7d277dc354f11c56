using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Adapters.Saml2.Options;

/// <summary>Loads the SP's certificate with its private key from PEM (file or inline), as configured.</summary>
internal static class Saml2SpCredential
{
    /// <summary>The certificate with its private key, or an explanation of what to set.</summary>
    public static (X509Certificate2? Certificate, string? Error) Load(Saml2SpOptions options)
    {
        var certificatePem = Read(options.SigningCertificatePem, options.SigningCertificatePath, "SigningCertificate", out var certificateError);
        var keyPem = Read(options.SigningKeyPem, options.SigningKeyPath, "SigningKey", out var keyError);
        if (certificateError is not null || keyError is not null)
        {
            return (null, certificateError ?? keyError);
        }
        try
        {
            var certificate = X509Certificate2.CreateFromPem(certificatePem, keyPem);
            if (certificate.GetRSAPrivateKey() is null && certificate.GetECDsaPrivateKey() is null)
            {
                certificate.Dispose();
                return (null, "The SAML SP signing key must be RSA or ECDSA.");
            }
            return (certificate, null);
        }
        catch (CryptographicException e)
        {
            return (null, $"The SAML SP certificate and key cannot be loaded together: {e.Message}");
        }
    }

    private static string Read(string? inline, string? path, string name, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(inline) == string.IsNullOrWhiteSpace(path))
        {
            error = $"Set exactly one of {nameof(Saml2SpOptions)}.{name}Pem and {name}Path (section {Saml2SpOptions.SectionName}).";
            return string.Empty;
        }
        if (!string.IsNullOrWhiteSpace(inline))
        {
            return inline;
        }
        try
        {
            return File.ReadAllText(path!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{Saml2SpOptions.SectionName}:{name}Path '{path}' cannot be read: {e.Message}";
            return string.Empty;
        }
    }
}
