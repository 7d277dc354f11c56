namespace Hub.Gateway.Stores.KeyRingProtection;

/// <summary>
/// How the data-protection key ring is protected at rest when it is kept in Redis (section <c>DataProtection</c>).
/// The key ring protects the flow cookies and the hub's private signing keys in the store: whoever reads it in clear
/// (from Redis, a replica or a backup) can forge cookies and sign ID tokens. Every instance holds the same
/// certificate with its private key; the key ring's XML is encrypted to it.
/// </summary>
public sealed class KeyRingProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 file (.pfx/.p12) with the certificate and its private key; new keys are encrypted to it.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PKCS#12 password, from the secret store (e.g. the environment variable <c>DataProtection__CertificatePassword</c>).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates of earlier rotations, still able to decrypt keys written before (same password).</summary>
    public IList<string> PreviousCertificatePaths { get; set; } = [];

    /// <summary>Keeps the key ring in Redis in clear outside the sandbox. Refused unless set explicitly.</summary>
    public bool AllowUnprotectedKeys { get; set; }
}
