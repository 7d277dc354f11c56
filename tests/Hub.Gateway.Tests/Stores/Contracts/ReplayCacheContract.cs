using Hub.Adapters.Abstractions;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="IReplayCache"/> must have; run against each implementation.</summary>
public abstract class ReplayCacheContract
{
    protected abstract IReplayCache Cache { get; }

    protected abstract IReplayCache Peer { get; }

    protected abstract DateTimeOffset Now { get; }

    protected abstract Task PassTimeAsync(TimeSpan time);

    [Fact]
    public async Task TryAddAsync_NewValue_ReturnsTrueThenFalseOnReplay()
    {
        var expires = Now.AddMinutes(5);

        Assert.True(await Cache.TryAddAsync("jti:rp-1:abc", expires, CancellationToken.None));
        Assert.False(await Peer.TryAddAsync("jti:rp-1:abc", expires, CancellationToken.None));
        Assert.False(await Cache.TryAddAsync("jti:rp-1:abc", expires, CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_DifferentValues_AreIndependent()
    {
        var expires = Now.AddMinutes(5);

        Assert.True(await Cache.TryAddAsync("saml:mebuku:_id1", expires, CancellationToken.None));
        Assert.True(await Peer.TryAddAsync("saml:mebuku:_id2", expires, CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_AfterExpiry_AcceptsTheValueAgain()
    {
        Assert.True(await Cache.TryAddAsync("oidc:state-1", Now.AddSeconds(1), CancellationToken.None));

        await PassTimeAsync(TimeSpan.FromMilliseconds(1400));

        Assert.True(await Peer.TryAddAsync("oidc:state-1", Now.AddMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task TryAddAsync_FiftyConcurrentOnTwoInstances_ExactlyOneIsAccepted()
    {
        var expires = Now.AddMinutes(5);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Cache : Peer).TryAddAsync("jti:rp-1:race", expires, CancellationToken.None))));

        Assert.Single(results, accepted => accepted);
    }
}
