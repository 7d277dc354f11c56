using System.Buffers;
using System.Security.Cryptography;

namespace Hub.TrustList.Streaming;

/// <summary>
/// The window of a <see cref="RootWalker"/>: the bytes read so far that are still needed, in a pooled buffer that grows
/// only for a larger single value. Each byte read from the source is hashed once, as it enters (with a hash).
/// </summary>
internal sealed class WalkWindow
{
    private readonly ListSource? _source;
    private readonly IncrementalHash? _hash;
    private readonly ReadOnlyMemory<byte> _all;
    private byte[] _buffer = [];
    private long _bufferStart;
    private int _count;

    public WalkWindow(ReadOnlyMemory<byte> all)
    {
        _all = all;
        End = all.Length;
    }

    public WalkWindow(ListSource source, int size, IncrementalHash? hash)
    {
        _source = source;
        _hash = hash;
        _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, Math.Max(source.Length, 1)));
        Fill();
    }

    /// <summary>The offset just after the last byte in the window.</summary>
    public long End { get; private set; }

    public bool IsFinal => _source is null || End == _source.Length;

    public ReadOnlyMemory<byte> From(long offset)
        => _source is null ? _all[(int)offset..] : _buffer.AsMemory((int)(offset - _bufferStart), (int)(End - offset));

    /// <summary>Drops the bytes before <paramref name="keepFrom"/> and reads more (into a larger buffer if none could be dropped).</summary>
    public void Extend(long keepFrom)
    {
        var keep = (int)(End - keepFrom);
        if (keep == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_buffer.Length * 2L, _source!.Length));
            _buffer.AsSpan(0, keep).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan((int)(keepFrom - _bufferStart), keep).CopyTo(_buffer);
        }
        _bufferStart = keepFrom;
        _count = keep;
        Fill();
    }

    public void Return() => ArrayPool<byte>.Shared.Return(_buffer);

    private void Fill()
    {
        var read = _source!.Read(_bufferStart + _count, _buffer.AsSpan(_count));
        if (read == 0 && _count < _buffer.Length && _bufferStart + _count < _source.Length)
        {
            throw new IOException("The document became shorter while it was read.");
        }
        _hash?.AppendData(_buffer, _count, read);
        _count += read;
        End = _bufferStart + _count;
    }
}
