using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="IFlowStateStore"/> must have; run against each implementation.</summary>
public abstract class FlowStateStoreContract
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1);
    private readonly TestFlow _flow = new("osaka-kosodate", 1, ["name", "birthdate"]);

    /// <summary>The store as gateway instance A sees it.</summary>
    protected abstract IFlowStateStore Store { get; }

    /// <summary>The same state as gateway instance B sees it.</summary>
    protected abstract IFlowStateStore Peer { get; }

    protected abstract Task PassTimeAsync(TimeSpan time);

    [Fact]
    public async Task TryCreateAsync_NewFlow_IsReadableByEveryInstanceAtVersion1()
    {
        Assert.True(await Store.TryCreateAsync("flow-1", _flow, Ttl));

        var read = await Peer.GetAsync<TestFlow>("flow-1");

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal(_flow.ClientId, read.Value.ClientId);
        Assert.Equal(_flow.Claims, read.Value.Claims);
    }

    [Fact]
    public async Task TryCreateAsync_TakenId_ReturnsFalseAndKeepsFirst()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);

        Assert.False(await Peer.TryCreateAsync("flow-1", _flow with { ClientId = "other" }, Ttl));
        Assert.Equal(_flow.ClientId, (await Store.GetAsync<TestFlow>("flow-1"))!.Value.ClientId);
    }

    [Fact]
    public async Task TryUpdateAsync_ExpectedVersion_ReplacesStateAndAdvancesVersion()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);

        var outcome = await Peer.TryUpdateAsync("flow-1", 1, _flow with { Step = 2 });

        Assert.Equal(UpdateOutcome.Updated, outcome);
        var read = await Store.GetAsync<TestFlow>("flow-1");
        Assert.Equal((2, 2L), (read!.Value.Step, read.Version));
    }

    [Fact]
    public async Task TryUpdateAsync_StaleVersion_ReturnsConflictAndKeepsState()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);
        await Store.TryUpdateAsync("flow-1", 1, _flow with { Step = 2 });

        var outcome = await Peer.TryUpdateAsync("flow-1", 1, _flow with { Step = 99 });

        Assert.Equal(UpdateOutcome.Conflict, outcome);
        var read = await Store.GetAsync<TestFlow>("flow-1");
        Assert.Equal((2, 2L), (read!.Value.Step, read.Version));
    }

    [Fact]
    public async Task TryUpdateAsync_MissingFlow_ReturnsNotFoundAndCreatesNothing()
    {
        Assert.Equal(UpdateOutcome.NotFound, await Store.TryUpdateAsync("nope", 1, _flow));
        Assert.Null(await Store.GetAsync<TestFlow>("nope"));
    }

    [Fact]
    public async Task TryUpdateAsync_TwentyRacingWritersOnTwoInstances_ExactlyOneAdvances()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? Store : Peer).TryUpdateAsync("flow-1", 1, _flow with { Step = 100 + i })));

        Assert.Single(outcomes, o => o == UpdateOutcome.Updated);
        Assert.Equal(19, outcomes.Count(o => o == UpdateOutcome.Conflict));
        Assert.Equal(2, (await Store.GetAsync<TestFlow>("flow-1"))!.Version);
    }

    [Fact]
    public async Task TryDeleteAsync_ExpectedVersion_RemovesTheFlowForEveryInstance()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);
        await Store.TryUpdateAsync("flow-1", 1, _flow with { Step = 2 });

        Assert.True(await Peer.TryDeleteAsync("flow-1", 2));

        Assert.Null(await Store.GetAsync<TestFlow>("flow-1"));
        Assert.False(await Store.TryDeleteAsync("flow-1", 2));
    }

    [Fact]
    public async Task TryDeleteAsync_StaleVersion_ReturnsFalseAndKeepsTheFlow()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);
        await Store.TryUpdateAsync("flow-1", 1, _flow with { Step = 2 });

        Assert.False(await Peer.TryDeleteAsync("flow-1", 1));

        var read = await Store.GetAsync<TestFlow>("flow-1");
        Assert.Equal((2, 2L), (read!.Value.Step, read.Version));
    }

    [Fact]
    public async Task TryDeleteAsync_MissingOrExpiredFlow_ReturnsFalse()
    {
        Assert.False(await Store.TryDeleteAsync("nope", 1));
        await Store.TryCreateAsync("flow-1", _flow, Ttl);

        await PassTimeAsync(Ttl + TimeSpan.FromMilliseconds(300));

        Assert.False(await Peer.TryDeleteAsync("flow-1", 1));
    }

    [Fact]
    public async Task TryDeleteAsync_TwentyRacingCallersOnTwoInstances_ExactlyOneRemovesIt()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);

        var removed = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? Store : Peer).TryDeleteAsync("flow-1", 1)));

        Assert.Single(removed, r => r);
    }

    [Fact]
    public async Task GetAsync_AfterTimeToLive_ReturnsNull()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);
        Assert.NotNull(await Store.GetAsync<TestFlow>("flow-1"));

        await PassTimeAsync(Ttl + TimeSpan.FromMilliseconds(300));

        Assert.Null(await Peer.GetAsync<TestFlow>("flow-1"));
        Assert.Equal(UpdateOutcome.NotFound, await Peer.TryUpdateAsync("flow-1", 1, _flow));
    }

    [Fact]
    public async Task TryUpdateAsync_WithoutNewTimeToLive_KeepsTheOriginalExpiry()
    {
        // Real time on Redis: the update must land within the lifetime (under a 2 s lifetime, a loaded CI machine once
        // found the flow already expired after the 800 ms wait), and 5.5 s after the creation the original expiry
        // must have removed it.
        await Store.TryCreateAsync("flow-1", _flow, TimeSpan.FromSeconds(5));
        await PassTimeAsync(TimeSpan.FromMilliseconds(800));
        Assert.Equal(UpdateOutcome.Updated, await Store.TryUpdateAsync("flow-1", 1, _flow with { Step = 2 }));

        await PassTimeAsync(TimeSpan.FromMilliseconds(4700));

        Assert.Null(await Store.GetAsync<TestFlow>("flow-1"));
    }

    [Fact]
    public async Task TryUpdateAsync_WithNewTimeToLive_ExtendsTheExpiry()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);
        Assert.Equal(UpdateOutcome.Updated, await Store.TryUpdateAsync("flow-1", 1, _flow, TimeSpan.FromMinutes(5)));

        await PassTimeAsync(Ttl + TimeSpan.FromMilliseconds(300));

        Assert.NotNull(await Store.GetAsync<TestFlow>("flow-1"));
    }

    [Fact]
    public async Task DeleteAsync_ExistingFlow_RemovesItOnce()
    {
        await Store.TryCreateAsync("flow-1", _flow, Ttl);

        Assert.True(await Peer.DeleteAsync("flow-1"));
        Assert.False(await Store.DeleteAsync("flow-1"));
        Assert.Null(await Store.GetAsync<TestFlow>("flow-1"));
    }
}
