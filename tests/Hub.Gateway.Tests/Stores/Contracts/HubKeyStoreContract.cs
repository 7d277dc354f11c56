using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="IHubKeyStore"/> must have; run against each implementation.</summary>
public abstract class HubKeyStoreContract
{
    protected abstract IHubKeyStore Store { get; }

    protected abstract IHubKeyStore Peer { get; }

    protected static HubKeySet KeySet(string keyId) => new(
    [
        new HubSigningKey(keyId, "ES256", "protected:" + keyId, StoreClock.Start, StoreClock.Start, null),
        new HubSigningKey(keyId + "-next", "ES256", "protected:next", StoreClock.Start, StoreClock.Start.AddDays(7), null),
    ]);

    [Fact]
    public async Task GetAsync_NothingStored_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync());
    }

    [Fact]
    public async Task GetOrCreateAsync_NothingStored_StoresTheProposedSetAtVersion1()
    {
        var created = await Store.GetOrCreateAsync(() => KeySet("k1"));

        var read = await Peer.GetAsync();

        Assert.Equal(1, created.Version);
        Assert.NotNull(read);
        Assert.Equal(["k1", "k1-next"], read.Value.Keys.Select(k => k.KeyId));
        Assert.Equal(StoreClock.Start.AddDays(7), read.Value.Keys[1].ActivatesAt);
    }

    [Fact]
    public async Task GetOrCreateAsync_SetAlreadyStored_ReturnsItWithoutCallingTheFactory()
    {
        await Store.GetOrCreateAsync(() => KeySet("k1"));

        var read = await Peer.GetOrCreateAsync(() => throw new InvalidOperationException("must not be called"));

        Assert.Equal("k1", read.Value.Keys[0].KeyId);
    }

    [Fact]
    public async Task GetOrCreateAsync_TwentyInstancesStartingTogether_AllAgreeOnOneSet()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Store : Peer).GetOrCreateAsync(() => KeySet($"k{i}")))));

        var winner = Assert.Single(results.Select(r => r.Value.Keys[0].KeyId).Distinct());
        Assert.Equal(winner, (await Store.GetAsync())!.Value.Keys[0].KeyId);
    }

    [Fact]
    public async Task TryReplaceAsync_ExpectedVersion_RotatesTheSet()
    {
        await Store.GetOrCreateAsync(() => KeySet("k1"));

        Assert.Equal(UpdateOutcome.Updated, await Peer.TryReplaceAsync(KeySet("k2"), 1));

        var read = await Store.GetAsync();
        Assert.Equal(("k2", 2L), (read!.Value.Keys[0].KeyId, read.Version));
    }

    [Fact]
    public async Task TryReplaceAsync_StaleVersion_ReturnsConflictAndKeepsTheSet()
    {
        await Store.GetOrCreateAsync(() => KeySet("k1"));
        await Store.TryReplaceAsync(KeySet("k2"), 1);

        Assert.Equal(UpdateOutcome.Conflict, await Peer.TryReplaceAsync(KeySet("k3"), 1));
        Assert.Equal("k2", (await Store.GetAsync())!.Value.Keys[0].KeyId);
    }

    [Fact]
    public async Task TryReplaceAsync_NothingStored_ReturnsNotFound()
    {
        Assert.Equal(UpdateOutcome.NotFound, await Store.TryReplaceAsync(KeySet("k1"), 1));
        Assert.Null(await Store.GetAsync());
    }
}
