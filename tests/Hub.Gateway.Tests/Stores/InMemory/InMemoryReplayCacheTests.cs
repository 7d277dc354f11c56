using Hub.Adapters.Abstractions;
using Hub.Gateway.Stores.InMemory;
using Hub.Gateway.Tests.Stores.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Gateway.Tests.Stores.InMemory;

/// <summary>The contract on the in-process store, with a fake clock: "both instances" are the same object.</summary>
public sealed class InMemoryReplayCacheTests : ReplayCacheContract
{
    private readonly FakeTimeProvider _time = StoreClock.Fake();
    private readonly InMemoryReplayCache _store;

    public InMemoryReplayCacheTests()
    {
        _store = new InMemoryReplayCache(_time);
    }

    protected override IReplayCache Cache => _store;

    protected override IReplayCache Peer => _store;

    protected override DateTimeOffset Now => _time.GetUtcNow();

    protected override Task PassTimeAsync(TimeSpan time)
    {
        _time.Advance(time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TryAddAsync_ASecondLater_SweepsOnlyExpiredKeys()
    {
        var now = _time.GetUtcNow();
        for (var i = 0; i < 1_000; i++)
        {
            Assert.True(await _store.TryAddAsync("old-" + i, now + TimeSpan.FromSeconds(10), CancellationToken.None));
        }
        Assert.True(await _store.TryAddAsync("live", now + TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.Equal(1_001, _store.Count);
        _time.Advance(TimeSpan.FromSeconds(11));

        Assert.True(await _store.TryAddAsync("trigger", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(2, _store.Count);
        Assert.False(await _store.TryAddAsync("live", _time.GetUtcNow() + TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.False(await _store.TryAddAsync("trigger", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await _store.TryAddAsync("old-7", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_AKeyReusedAfterItsExpiry_IsNotSweptByItsEarlierEntry()
    {
        var now = _time.GetUtcNow();
        Assert.True(await _store.TryAddAsync("reused", now + TimeSpan.FromMilliseconds(200), CancellationToken.None));
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(await _store.TryAddAsync("reused", _time.GetUtcNow() + TimeSpan.FromMinutes(5), CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await _store.TryAddAsync("trigger", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(2, _store.Count);
        Assert.False(await _store.TryAddAsync("reused", _time.GetUtcNow() + TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_WithinASecondOfASweep_DoesNotSweep()
    {
        var now = _time.GetUtcNow();
        Assert.True(await _store.TryAddAsync("first", now + TimeSpan.FromMilliseconds(100), CancellationToken.None));
        _time.Advance(TimeSpan.FromMilliseconds(500));

        Assert.True(await _store.TryAddAsync("second", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.Equal(2, _store.Count);
        _time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(await _store.TryAddAsync("third", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(2, _store.Count);
    }
}
