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

/// <summary>
/// The operating system's CSPRNG (through <see cref="RandomNumberGenerator"/>, OpenSSL's DRBG on Linux), drawn a
/// kilobyte at a time into a buffer of each thread's own: a login takes half a dozen small values (flow id, browser
/// secret, state, nonce, PKCE verifier, code, token salt), and each call into OpenSSL's DRBG costs more than the
/// bytes. Every byte handed out is wiped from the buffer, so a value once used cannot be read back from it; a request
/// larger than <see cref="DirectBytes"/> goes to the generator directly.
/// </summary>
public sealed class SystemSecureRandom : ISecureRandom
{
    private const int BufferBytes = 1024;
    private const int DirectBytes = 64;

    [ThreadStatic]
    private static byte[]? t_buffer;

    [ThreadStatic]
    private static int t_next;

    public static SystemSecureRandom Instance { get; } = new();

    public void Fill(Span<byte> destination)
    {
        if (destination.Length > DirectBytes)
        {
            RandomNumberGenerator.Fill(destination);
            return;
        }
        var buffer = t_buffer;
        if (buffer is null || BufferBytes - t_next < destination.Length)
        {
            buffer = t_buffer ??= new byte[BufferBytes];
            RandomNumberGenerator.Fill(buffer);
            t_next = 0;
        }
        var taken = buffer.AsSpan(t_next, destination.Length);
        taken.CopyTo(destination);
        CryptographicOperations.ZeroMemory(taken);
        t_next += destination.Length;
    }
}
