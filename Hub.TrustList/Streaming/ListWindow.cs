using System.Buffers;
using System.Runtime.CompilerServices;

namespace Hub.TrustList.Streaming;

/// <summary>
/// Values of a document by position, for the passes that follow a <see cref="ListLayout"/>: one pooled buffer
/// (1 MiB, larger only for a larger single value) refilled when a value lies outside it. Sequential positions read
/// the document once; a document in memory is sliced, not copied. A value is valid until the next <see cref="Get"/>.
/// </summary>
internal sealed class ListWindow : IDisposable
{
    private readonly ListSource _source;
    private readonly ReadOnlyMemory<byte> _all;
    private readonly bool _inMemory;
    private byte[] _buffer = [];
    private long _bufferStart;
    private int _count;

    public ListWindow(ListSource source, int size = RootWalker.DefaultWindow)
    {
        _source = source;
        _inMemory = source.TryGetMemory(out _all);
        if (!_inMemory)
        {
            _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, Math.Max(source.Length, 1)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlyMemory<byte> Get(ByteRange value)
    {
        if (_inMemory)
        {
            return _all.Slice((int)value.Start, value.Length);
        }
        if (value.Start < _bufferStart || value.Start + value.Length > _bufferStart + _count)
        {
            if (value.Length > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(value.Length);
            }
            _bufferStart = value.Start;
            _count = _source.Read(value.Start, _buffer.AsSpan(0, (int)Math.Min(_buffer.Length, _source.Length - value.Start)));
            if (_count < value.Length)
            {
                throw new IOException("The document became shorter while it was read.");
            }
        }
        return _buffer.AsMemory((int)(value.Start - _bufferStart), value.Length);
    }

    public void Dispose()
    {
        if (!_inMemory)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
