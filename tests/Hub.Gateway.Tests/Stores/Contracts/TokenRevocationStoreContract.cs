using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="ITokenRevocationStore"/> must have; run against each implementation.</summary>
public abstract class TokenRevocationStoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    protected abstract ITokenRevocationStore Store { get; }

    protected abstract ITokenRevocationStore Peer { get; }

    [Fact]
    public async Task GetRevokedAtAsync_NeverRevoked_ReturnsNull()
    {
        Assert.Null(await Store.GetRevokedAtAsync("sub-1", "osaka-kosodate"));
    }

    [Fact]
    public async Task RevokeAsync_ThenGet_ReturnsTheInstantOnEveryInstance()
    {
        await Store.RevokeAsync("sub-1", "osaka-kosodate", Noon);

        Assert.Equal(Noon, await Peer.GetRevokedAtAsync("sub-1", "osaka-kosodate"));
    }

    [Fact]
    public async Task RevokeAsync_EarlierInstant_KeepsTheLaterRevocation()
    {
        await Store.RevokeAsync("sub-1", "osaka-kosodate", Noon);

        await Peer.RevokeAsync("sub-1", "osaka-kosodate", Noon.AddHours(-1));

        Assert.Equal(Noon, await Store.GetRevokedAtAsync("sub-1", "osaka-kosodate"));
    }

    [Fact]
    public async Task RevokeAsync_LaterInstant_MovesTheRevocationForward()
    {
        await Store.RevokeAsync("sub-1", "osaka-kosodate", Noon);

        await Peer.RevokeAsync("sub-1", "osaka-kosodate", Noon.AddHours(1));

        Assert.Equal(Noon.AddHours(1), await Store.GetRevokedAtAsync("sub-1", "osaka-kosodate"));
    }

    [Fact]
    public async Task RevokeAsync_OneClient_LeavesOtherClientsAndSubjectsAlone()
    {
        await Store.RevokeAsync("sub-1", "osaka-kosodate", Noon);

        Assert.Null(await Store.GetRevokedAtAsync("sub-1", "maebashi-library"));
        Assert.Null(await Store.GetRevokedAtAsync("sub-2", "osaka-kosodate"));
    }
}
