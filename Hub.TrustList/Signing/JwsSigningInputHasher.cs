using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Hub.TrustList.Signing;

/// <summary>
/// Hashes a JWS signing input, <c>BASE64URL(header) '.' BASE64URL(payload)</c>, while the payload is being
/// written: the canonical form of a large list is never held in memory whole, nor its base64url text.
/// </summary>
internal sealed class JwsSigningInputHasher : IBufferWriter<byte>, IDisposable
{
    private const int FlushThreshold = 48 * 1024; // a multiple of 3: whole base64 groups
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _pending = new byte[64 * 1024];
    private readonly byte[] _encoded = new byte[(64 * 1024 / 3 + 1) * 4];
    private int _count;

    public JwsSigningInputHasher(string encodedHeader)
    {
        _hash.AppendData(Encoding.ASCII.GetBytes(encodedHeader + "."));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Advance(int count)
    {
        _count += count;
        if (_count >= FlushThreshold)
        {
            Flush(final: false);
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _pending.AsMemory(_count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _pending.AsSpan(_count);
    }

    /// <summary>The SHA-256 of the whole signing input.</summary>
    public byte[] Finish()
    {
        Flush(final: true);
        return _hash.GetHashAndReset();
    }

    public void Dispose() => _hash.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_pending.Length - _count >= needed)
        {
            return;
        }
        Flush(final: false);
        if (_pending.Length - _count < needed)
        {
            Array.Resize(ref _pending, _count + needed);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Flush(bool final)
    {
        var take = final ? _count : _count - _count % 3;
        var offset = 0;
        while (offset < take)
        {
            var chunk = Math.Min(take - offset, FlushThreshold);
            var written = System.Buffers.Text.Base64Url.EncodeToUtf8(_pending.AsSpan(offset, chunk), _encoded);
            _hash.AppendData(_encoded, 0, written);
            offset += chunk;
        }
        _pending.AsSpan(take, _count - take).CopyTo(_pending);
        _count -= take;
    }
}
