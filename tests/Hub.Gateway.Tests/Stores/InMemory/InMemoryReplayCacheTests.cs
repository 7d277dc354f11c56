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
    public async Task TryAddAsync_PastTheSweepThreshold_ForgetsOnlyExpiredKeys()
    {
        var now = _time.GetUtcNow();
        for (var i = 0; i < 10_001; i++)
        {
            Assert.True(await _store.TryAddAsync("old-" + i, now + TimeSpan.FromSeconds(10), CancellationToken.None));
        }
        Assert.True(await _store.TryAddAsync("live", now + TimeSpan.FromMinutes(10), CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(11));

        Assert.True(await _store.TryAddAsync("trigger", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));

        Assert.False(await _store.TryAddAsync("live", _time.GetUtcNow() + TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.False(await _store.TryAddAsync("trigger", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.True(await _store.TryAddAsync("old-7", _time.GetUtcNow() + TimeSpan.FromMinutes(1), CancellationToken.None));
    }
}
