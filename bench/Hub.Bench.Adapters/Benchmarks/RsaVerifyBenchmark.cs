using System.Security.Cryptography;

namespace Hub.Bench.Adapters.Benchmarks;

/// <summary>The physical floor: one RSA-2048 PKCS#1 v1.5 verification of a SHA-256 hash, nothing else.</summary>
internal sealed class RsaVerifyBenchmark : IBenchmark
{
    private RSA _publicKey = null!;
    private byte[] _hash = null!;
    private byte[] _signature = null!;

    public string Name => "crypto.rsa2048-verify";

    public string Description => "one RSA-2048 PKCS#1 v1.5 verify of a SHA-256 hash (floor)";

    public void Setup()
    {
        using var privateKey = RSA.Create(2048);
        _publicKey = RSA.Create(privateKey.ExportParameters(includePrivateParameters: false));
        _hash = SHA256.HashData("floor"u8);
        _signature = privateKey.SignHash(_hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    public void Invoke()
    {
        if (!_publicKey.VerifyHash(_hash, _signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            throw new InvalidOperationException("The floor signature did not verify.");
        }
    }
}
