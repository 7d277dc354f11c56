using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Bench.Load.Processes;

/// <summary>
/// The hub's SAML SP key for <c>--saml-sp-key ecdsa</c>: a P-256 key and a self-signed certificate made for this run
/// only, written into the run's temporary folder (deleted with it) and never committed. The hubs sign their
/// AuthnRequests with it (ECDSA-SHA256) and the sandbox Mebuku IdP is given its certificate.
/// </summary>
public sealed record EphemeralSpKey(string CertificatePath, string KeyPath)
{
    public static EphemeralSpKey Create(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=DEMO ONLY - bench hub SAML SP (ephemeral)", key, HashAlgorithmName.SHA256);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));
        var spKey = new EphemeralSpKey(Path.Combine(folder, "hub-saml-sp-ecdsa.crt.pem"), Path.Combine(folder, "hub-saml-sp-ecdsa.key.pem"));
        File.WriteAllText(spKey.CertificatePath, certificate.ExportCertificatePem());
        // The private key file is created readable by this user only.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(spKey.KeyPath, options))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }
        return spKey;
    }
}
