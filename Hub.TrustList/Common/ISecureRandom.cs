using System.Security.Cryptography;

namespace Hub.TrustList.Common;

/// <summary>Security-relevant randomness (IDs, state, nonces, secrets). Tests may stub it.</summary>
public interface ISecureRandom
{
    void Fill(Span<byte> destination);

    /// <summary>A base64url string of <paramref name="byteCount"/> random bytes.</summary>
    string NextToken(int byteCount = 32)
    {
        Span<byte> buffer = stackalloc byte[byteCount];
        Fill(buffer);
        return Base64Url.Encode(buffer);
    }
}

public sealed class SystemSecureRandom : ISecureRandom
{
    public static SystemSecureRandom Instance { get; } = new();

    public void Fill(Span<byte> destination) => RandomNumberGenerator.Fill(destination);
}
