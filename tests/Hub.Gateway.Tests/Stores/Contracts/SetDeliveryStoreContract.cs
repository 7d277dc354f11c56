using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="ISetDeliveryStore"/> must have; run against each implementation.</summary>
public abstract class SetDeliveryStoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    protected abstract ISetDeliveryStore Store { get; }

    protected abstract ISetDeliveryStore Peer { get; }

    private static SetDelivery Delivery(string id, DateTimeOffset due, string owner = "owner-1", string client = "osaka-kosodate") =>
        new(id, owner, client, "pairwise-1", new Uri("https://rp.example/consent-revoked"), ["birthdate", "name"], Noon, 0, due, SetDeliveryState.Pending);

    [Fact]
    public async Task LeaseDueAsync_Due_ReturnsItOnAnotherInstanceWithEveryField()
    {
        var delivery = Delivery("jti-1", Noon);
        await Store.AddAsync(delivery);

        var leased = Assert.Single(await Peer.LeaseDueAsync(Noon, 10, Lease));

        Assert.Equal(delivery.Id, leased.Id);
        Assert.Equal(delivery.Endpoint, leased.Endpoint);
        Assert.Equal(["birthdate", "name"], leased.Claims);
        Assert.Equal(Noon, leased.RevokedAt);
        Assert.Equal(SetDeliveryState.Pending, leased.State);
    }

    [Fact]
    public async Task LeaseDueAsync_NotYetDue_ReturnsNothing()
    {
        await Store.AddAsync(Delivery("jti-1", Noon.AddMinutes(5)));

        Assert.Empty(await Peer.LeaseDueAsync(Noon, 10, Lease));
    }

    [Fact]
    public async Task LeaseDueAsync_Leased_HiddenFromOthersUntilTheLeaseRunsOut()
    {
        await Store.AddAsync(Delivery("jti-1", Noon));
        Assert.Single(await Store.LeaseDueAsync(Noon, 10, Lease));

        Assert.Empty(await Peer.LeaseDueAsync(Noon.AddSeconds(30), 10, Lease));
        Assert.Single(await Peer.LeaseDueAsync(Noon + Lease, 10, Lease));
    }

    [Fact]
    public async Task LeaseDueAsync_MoreDueThanMax_ReturnsAtMostMax()
    {
        await Store.AddAsync(Delivery("jti-1", Noon));
        await Store.AddAsync(Delivery("jti-2", Noon));
        await Store.AddAsync(Delivery("jti-3", Noon));

        Assert.Equal(2, (await Peer.LeaseDueAsync(Noon, 2, Lease)).Count);
        Assert.Single(await Peer.LeaseDueAsync(Noon, 2, Lease));
    }

    [Fact]
    public async Task UpdateAsync_Delivered_LeavesTheQueueAndIsTheLatest()
    {
        var delivery = Delivery("jti-1", Noon);
        await Store.AddAsync(delivery);

        await Store.UpdateAsync(delivery with { Attempts = 1, State = SetDeliveryState.Delivered });

        Assert.Empty(await Peer.LeaseDueAsync(Noon.AddDays(1), 10, Lease));
        Assert.Equal(SetDeliveryState.Delivered, (await Peer.GetLatestAsync("owner-1", "osaka-kosodate"))!.State);
    }

    [Fact]
    public async Task UpdateAsync_Retrying_DueAgainAtTheNextAttempt()
    {
        var delivery = Delivery("jti-1", Noon);
        await Store.AddAsync(delivery);
        await Store.LeaseDueAsync(Noon, 10, Lease);

        await Store.UpdateAsync(delivery with { Attempts = 1, State = SetDeliveryState.Retrying, NextAttemptAt = Noon.AddSeconds(10), LastError = "http 503" });

        Assert.Empty(await Peer.LeaseDueAsync(Noon.AddSeconds(9), 10, Lease));
        var again = Assert.Single(await Peer.LeaseDueAsync(Noon.AddSeconds(10), 10, Lease));
        Assert.Equal(1, again.Attempts);
        Assert.Equal("http 503", again.LastError);
    }

    [Fact]
    public async Task UpdateAsync_Failed_LeavesTheQueueAndShowsAsFailed()
    {
        var delivery = Delivery("jti-1", Noon);
        await Store.AddAsync(delivery);

        await Store.UpdateAsync(delivery with { Attempts = 3, State = SetDeliveryState.Failed, LastError = "http 400" });

        Assert.Empty(await Peer.LeaseDueAsync(Noon.AddDays(1), 10, Lease));
        Assert.Equal(SetDeliveryState.Failed, (await Peer.GetLatestAsync("owner-1", "osaka-kosodate"))!.State);
    }

    [Fact]
    public async Task GetLatestAsync_TwoDeliveries_ReturnsTheNewerOnlyForItsOwnerAndClient()
    {
        await Store.AddAsync(Delivery("jti-1", Noon));
        await Store.AddAsync(Delivery("jti-2", Noon.AddMinutes(1)));

        Assert.Equal("jti-2", (await Peer.GetLatestAsync("owner-1", "osaka-kosodate"))!.Id);
        Assert.Null(await Peer.GetLatestAsync("owner-2", "osaka-kosodate"));
        Assert.Null(await Peer.GetLatestAsync("owner-1", "maebashi-library"));
    }
}
