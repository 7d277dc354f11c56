using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hub.TrustList.Serialization.Reading;

/// <summary>
/// Values read from identical JSON text are read once and shared: a direct-mapped cache keyed by the raw UTF-8
/// bytes of the value (a new key replaces the one in its slot). A large list repeats region names, operators,
/// purposes, status histories and claim lists thousands of times; sharing them saves memory and, on a hit, all the
/// work of reading them. Identical bytes always read to equal values, so a hit is exact. The cache lives for one
/// read, stays small enough for the CPU cache, and cannot be driven into anything worse than misses.
/// </summary>
internal sealed class RawCache<T>
    where T : class
{
    private readonly byte[]?[] _keys;
    private readonly int[] _hashes;
    private readonly T?[] _values;
    private readonly int _mask;
    private readonly int _maxKeyBytes;

    /// <param name="slots">A power of two.</param>
    /// <param name="maxKeyBytes">Longer values are not cached (they are rarely repeated).</param>
    public RawCache(int slots, int maxKeyBytes)
    {
        if (!BitOperations.IsPow2(slots))
        {
            throw new ArgumentOutOfRangeException(nameof(slots), "The slot count is a power of two.");
        }
        _keys = new byte[]?[slots];
        _hashes = new int[slots];
        _values = new T?[slots];
        _mask = slots - 1;
        _maxKeyBytes = maxKeyBytes;
    }

    /// <summary>The value cached for <paramref name="key"/>; otherwise the slot to <see cref="Set"/> it in (index -1: not cacheable).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<byte> key, [MaybeNullWhen(false)] out T value, out RawCacheSlot slot)
    {
        if (key.Length > _maxKeyBytes)
        {
            value = null;
            slot = new RawCacheSlot(-1, 0);
            return false;
        }
        var hash = Hash(key);
        slot = new RawCacheSlot(hash & _mask, hash);
        // The full hash is compared first, so a miss does not touch the key (a cache miss of its own).
        if (_hashes[slot.Index] == hash && _keys[slot.Index] is { } cached && key.SequenceEqual(cached))
        {
            value = _values[slot.Index]!;
            return true;
        }
        value = null;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(RawCacheSlot slot, ReadOnlySpan<byte> key, T value)
    {
        if (slot.Index >= 0)
        {
            _keys[slot.Index] = key.ToArray();
            _hashes[slot.Index] = slot.Hash;
            _values[slot.Index] = value;
        }
    }

    /// <summary>A fast multiplicative hash, eight bytes at a time (not a defence: a collision only costs a miss).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Hash(ReadOnlySpan<byte> key)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var hash = (ulong)key.Length * Multiplier;
        while (key.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ MemoryMarshal.Read<ulong>(key)) * Multiplier, 31);
            key = key[8..];
        }
        ulong tail = 0;
        for (var i = 0; i < key.Length; i++)
        {
            tail = (tail << 8) | key[i];
        }
        hash = (hash ^ tail) * Multiplier;
        return (int)(hash >> 32);
    }
}

/// <summary>Where <see cref="RawCache{T}.TryGet"/> would keep a value it did not have.</summary>
internal readonly record struct RawCacheSlot(int Index, int Hash);
