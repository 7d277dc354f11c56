using System.Runtime.CompilerServices;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// Collects the elements of a JSON array into an array of exactly their number. The first eight live on the stack,
/// so the short lists of an entry (regions, URIs, keys, claims) allocate nothing but their final array.
/// </summary>
internal ref struct ArrayBuilder<T>
{
    private InlineEight _inline;
    private T[]? _overflow;
    private int _count;

    public void Add(T item)
    {
        if (_count < InlineEight.Length)
        {
            _inline[_count++] = item;
            return;
        }
        if (_overflow is null)
        {
            _overflow = new T[InlineEight.Length * 4];
            ((ReadOnlySpan<T>)_inline).CopyTo(_overflow);
        }
        else if (_count == _overflow.Length)
        {
            Array.Resize(ref _overflow, _overflow.Length * 2);
        }
        _overflow[_count++] = item;
    }

    public readonly T[] ToArray()
    {
        if (_count == 0)
        {
            return [];
        }
        return _overflow is null ? ((ReadOnlySpan<T>)_inline)[.._count].ToArray() : _overflow.AsSpan(0, _count).ToArray();
    }

    [InlineArray(Length)]
    private struct InlineEight
    {
        public const int Length = 8;
        private T _element;
    }
}
