using System.Security.Cryptography;

namespace Hub.TrustList.Conformance;

/// <summary>Digests as the conformance record carries them: <c>sha-256:</c> and 64 lower-case hex digits.</summary>
public static class ConformanceDigest
{
    public const string Prefix = "sha-256:";

    public static string Of(ReadOnlySpan<byte> bytes) => Prefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
