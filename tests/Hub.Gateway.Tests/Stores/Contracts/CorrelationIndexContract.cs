using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="ICorrelationIndex"/> must have; run against each implementation.</summary>
public abstract class CorrelationIndexContract
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1);

    protected abstract ICorrelationIndex Index { get; }

    protected abstract ICorrelationIndex Peer { get; }

    protected abstract Task PassTimeAsync(TimeSpan time);

    [Fact]
    public async Task TryTakeAsync_AddedCorrelation_ReturnsTheFlowOnlyOnce()
    {
        Assert.True(await Index.TryAddAsync("saml:relay-1", "flow-1", Ttl));

        Assert.Equal("flow-1", await Peer.TryTakeAsync("saml:relay-1"));
        Assert.Null(await Index.TryTakeAsync("saml:relay-1"));
    }

    [Fact]
    public async Task TryAddAsync_CorrelationInUse_ReturnsFalseAndKeepsTheFirstFlow()
    {
        await Index.TryAddAsync("oidc:state-1", "flow-1", Ttl);

        Assert.False(await Peer.TryAddAsync("oidc:state-1", "flow-2", Ttl));
        Assert.Equal("flow-1", await Index.TryTakeAsync("oidc:state-1"));
    }

    [Fact]
    public async Task TryTakeAsync_UnknownCorrelation_ReturnsNull()
    {
        Assert.Null(await Index.TryTakeAsync("oidc:never-sent"));
    }

    [Fact]
    public async Task TryTakeAsync_AfterTimeToLive_ReturnsNull()
    {
        await Index.TryAddAsync("oidc:state-1", "flow-1", Ttl);

        await PassTimeAsync(Ttl + TimeSpan.FromMilliseconds(300));

        Assert.Null(await Peer.TryTakeAsync("oidc:state-1"));
    }

    [Fact]
    public async Task TryTakeAsync_TwentyConcurrentTakersOnTwoInstances_ExactlyOneGetsTheFlow()
    {
        await Index.TryAddAsync("oidc:state-1", "flow-1", Ttl);

        var taken = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? Index : Peer).TryTakeAsync("oidc:state-1")));

        Assert.Equal("flow-1", Assert.Single(taken, t => t is not null));
    }
}
