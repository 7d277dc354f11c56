using System.Security.Cryptography;

namespace Hub.Adapters.Saml2.Signature;

/// <summary>
/// ECDSA for <see cref="System.Security.Cryptography.Xml.SignedXml"/>, which knows only RSA and DSA out of the box.
/// XML-DSig ECDSA signature values are r||s (IEEE P1363), .NET's default format. Registered once, process-wide,
/// under the three ecdsa-sha* URIs (additive: those names map to nothing otherwise). Public only because
/// CryptoConfig accepts nothing else.
/// </summary>
public abstract class EcdsaSignatureDescription : SignatureDescription
{
    private static readonly Lazy<bool> Registration = new(() =>
    {
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha256), Saml2Algorithms.EcdsaSha256);
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha384), Saml2Algorithms.EcdsaSha384);
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha512), Saml2Algorithms.EcdsaSha512);
        return true;
    });

    private readonly HashAlgorithmName _hash;

    protected EcdsaSignatureDescription(HashAlgorithmName hash)
    {
        _hash = hash;
        KeyAlgorithm = typeof(ECDsa).AssemblyQualifiedName;
        DigestAlgorithm = hash.Name;
    }

    internal static void EnsureRegistered() => _ = Registration.Value;

    public override HashAlgorithm CreateDigest() => Saml2Algorithms.CreateHash(_hash);

    public override AsymmetricSignatureDeformatter CreateDeformatter(AsymmetricAlgorithm key)
        => new EcdsaDeformatter((ECDsa)key);

    public override AsymmetricSignatureFormatter CreateFormatter(AsymmetricAlgorithm key)
        => new EcdsaFormatter((ECDsa)key);

    public sealed class EcdsaSha256() : EcdsaSignatureDescription(HashAlgorithmName.SHA256);

    public sealed class EcdsaSha384() : EcdsaSignatureDescription(HashAlgorithmName.SHA384);

    public sealed class EcdsaSha512() : EcdsaSignatureDescription(HashAlgorithmName.SHA512);

    private sealed class EcdsaDeformatter(ECDsa key) : AsymmetricSignatureDeformatter
    {
        public override void SetKey(AsymmetricAlgorithm key) => throw new NotSupportedException();

        public override void SetHashAlgorithm(string strName)
        {
        }

        public override bool VerifySignature(byte[] rgbHash, byte[] rgbSignature) => key.VerifyHash(rgbHash, rgbSignature);
    }

    private sealed class EcdsaFormatter(ECDsa key) : AsymmetricSignatureFormatter
    {
        public override void SetKey(AsymmetricAlgorithm key) => throw new NotSupportedException();

        public override void SetHashAlgorithm(string strName)
        {
        }

        public override byte[] CreateSignature(byte[] rgbHash) => key.SignHash(rgbHash);
    }
}
