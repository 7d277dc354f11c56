using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// One pinned public key (RSA or ECDSA), kept as its SubjectPublicKeyInfo. Key objects are not documented as safe
/// for concurrent use, so each thread gets its own instance, created once: <see cref="ForCurrentThread"/> must be
/// used synchronously and never stored.
/// </summary>
internal sealed class PinnedKey
{
    private readonly byte[] _subjectPublicKeyInfo;
    private readonly ThreadLocal<AsymmetricAlgorithm> _perThread;

    private PinnedKey(bool isEcdsa, byte[] subjectPublicKeyInfo)
    {
        IsEcdsa = isEcdsa;
        _subjectPublicKeyInfo = subjectPublicKeyInfo;
        _perThread = new ThreadLocal<AsymmetricAlgorithm>(CreateKey);
    }

    public bool IsEcdsa { get; }

    /// <summary>The public key of <paramref name="certificate"/>, or null if it is neither RSA nor ECDSA.</summary>
    public static PinnedKey? FromCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return new PinnedKey(false, rsa.ExportSubjectPublicKeyInfo());
        }
        using var ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa is null ? null : new PinnedKey(true, ecdsa.ExportSubjectPublicKeyInfo());
    }

    public AsymmetricAlgorithm ForCurrentThread() => _perThread.Value!;

    private AsymmetricAlgorithm CreateKey()
    {
        AsymmetricAlgorithm key = IsEcdsa ? ECDsa.Create() : RSA.Create();
        key.ImportSubjectPublicKeyInfo(_subjectPublicKeyInfo, out _);
        return key;
    }
}
