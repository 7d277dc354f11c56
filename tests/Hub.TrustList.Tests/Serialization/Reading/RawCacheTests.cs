using Hub.TrustList.Serialization.Reading;

namespace Hub.TrustList.Tests.Serialization.Reading;

public class RawCacheTests
{
    [Fact]
    public void TryGet_SetBefore_SameInstance()
    {
        var cache = new RawCache<string>(16, 32);
        var value = new string('x', 3);
        Assert.False(cache.TryGet("abc"u8, out _, out var slot));
        cache.Set(slot, "abc"u8, value);

        Assert.True(cache.TryGet("abc"u8, out var hit, out _));
        Assert.Same(value, hit);
    }

    [Fact]
    public void TryGet_OtherBytes_Miss()
    {
        var cache = new RawCache<string>(1, 32);
        cache.TryGet("abc"u8, out _, out var slot);
        cache.Set(slot, "abc"u8, "abc");

        Assert.False(cache.TryGet("abd"u8, out _, out _));
    }

    [Fact]
    public void TryGet_KeyOverTheLimit_NeverCached()
    {
        var cache = new RawCache<string>(16, 2);
        Assert.False(cache.TryGet("abc"u8, out _, out var slot));
        cache.Set(slot, "abc"u8, "abc");

        Assert.Equal(-1, slot.Index);
        Assert.False(cache.TryGet("abc"u8, out _, out _));
    }

    [Fact]
    public void Constructor_SlotsNotAPowerOfTwo_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new RawCache<string>(12, 8));
}
