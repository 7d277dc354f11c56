using System.Buffers;
using System.Runtime.CompilerServices;

namespace Hub.TrustList.Canonicalization;

/// <summary>
/// A growable byte buffer that the canonical writer appends to without interface calls (it writes tens of millions
/// of small pieces for a large list). It is also an <see cref="IBufferWriter{T}"/> for the rare slow paths.
/// </summary>
internal sealed class ByteBuffer(int capacity = 1024) : IBufferWriter<byte>
{
    private byte[] _bytes = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte value)
    {
        if (Length == _bytes.Length)
        {
            Grow(1);
        }
        _bytes[Length++] = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<byte> value)
    {
        if (_bytes.Length - Length < value.Length)
        {
            Grow(value.Length);
        }
        value.CopyTo(_bytes.AsSpan(Length));
        Length += value.Length;
    }

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _bytes.AsSpan(Length);
    }

    private void Ensure(int sizeHint)
    {
        if (_bytes.Length - Length < Math.Max(sizeHint, 1))
        {
            Grow(Math.Max(sizeHint, 1));
        }
    }

    private void Grow(int needed) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + needed));
}
