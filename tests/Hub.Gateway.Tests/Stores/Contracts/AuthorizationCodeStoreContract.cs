using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="IAuthorizationCodeStore"/> must have; run against each implementation.</summary>
public abstract class AuthorizationCodeStoreContract
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1);
    private static readonly CodeOwner Owner = new("pairwise-sub-1", "osaka-kosodate");
    private readonly TestFlow _data = new("osaka-kosodate", 7, ["name"]);

    protected abstract IAuthorizationCodeStore Store { get; }

    protected abstract IAuthorizationCodeStore Peer { get; }

    protected abstract DateTimeOffset Now { get; }

    protected abstract Task PassTimeAsync(TimeSpan time);

    [Fact]
    public async Task TryRedeemAsync_StoredCode_ReturnsDataAndOwner()
    {
        Assert.True(await Store.TryStoreAsync("code-1", _data, Owner, Ttl));

        var redemption = await Peer.TryRedeemAsync<TestFlow>("code-1");

        Assert.Equal(CodeRedemptionStatus.Redeemed, redemption.Status);
        Assert.Equal((_data.ClientId, _data.Step), (redemption.Data!.ClientId, redemption.Data.Step));
        Assert.Equal(Owner, redemption.Owner);
        Assert.InRange(redemption.RedeemedAt!.Value, Now.AddSeconds(-5), Now.AddSeconds(5));
    }

    [Fact]
    public async Task TryRedeemAsync_SecondAttempt_ReportsReuseWithOwnerButNoData()
    {
        await Store.TryStoreAsync("code-1", _data, Owner, Ttl);
        var first = await Store.TryRedeemAsync<TestFlow>("code-1");

        var second = await Peer.TryRedeemAsync<TestFlow>("code-1");

        Assert.Equal(CodeRedemptionStatus.AlreadyRedeemed, second.Status);
        Assert.Null(second.Data);
        Assert.Equal(Owner, second.Owner);
        Assert.Equal(first.RedeemedAt, second.RedeemedAt);
    }

    [Fact]
    public async Task TryRedeemAsync_UnknownCode_ReturnsNotFound()
    {
        var redemption = await Store.TryRedeemAsync<TestFlow>("never-issued");

        Assert.Equal(CodeRedemptionStatus.NotFound, redemption.Status);
        Assert.Null(redemption.Owner);
    }

    [Fact]
    public async Task TryRedeemAsync_ExpiredCode_ReturnsNotFound()
    {
        await Store.TryStoreAsync("code-1", _data, Owner, Ttl);

        await PassTimeAsync(Ttl + TimeSpan.FromMilliseconds(300));

        Assert.Equal(CodeRedemptionStatus.NotFound, (await Peer.TryRedeemAsync<TestFlow>("code-1")).Status);
    }

    [Fact]
    public async Task TryRedeemAsync_ReuseAfterTheCodeLifetime_IsStillDetected()
    {
        await Store.TryStoreAsync("code-1", _data, Owner, Ttl);
        await Store.TryRedeemAsync<TestFlow>("code-1");

        await PassTimeAsync(Ttl + TimeSpan.FromMilliseconds(300));

        Assert.Equal(CodeRedemptionStatus.AlreadyRedeemed, (await Peer.TryRedeemAsync<TestFlow>("code-1")).Status);
    }

    [Fact]
    public async Task TryStoreAsync_ExistingCode_ReturnsFalseAndKeepsTheFirstData()
    {
        await Store.TryStoreAsync("code-1", _data, Owner, Ttl);

        Assert.False(await Peer.TryStoreAsync("code-1", _data with { Step = 99 }, Owner, Ttl));
        Assert.Equal(7, (await Store.TryRedeemAsync<TestFlow>("code-1")).Data!.Step);
    }

    [Fact]
    public async Task TryStoreAsync_RedeemedCode_ReturnsFalse()
    {
        await Store.TryStoreAsync("code-1", _data, Owner, Ttl);
        await Store.TryRedeemAsync<TestFlow>("code-1");

        Assert.False(await Peer.TryStoreAsync("code-1", _data, Owner, Ttl));
        Assert.Equal(CodeRedemptionStatus.AlreadyRedeemed, (await Store.TryRedeemAsync<TestFlow>("code-1")).Status);
    }

    [Fact]
    public async Task TryRedeemAsync_FiftyConcurrentAttemptsOnTwoInstances_RedeemsExactlyOnce()
    {
        await Store.TryStoreAsync("code-1", _data, Owner, TimeSpan.FromSeconds(30));
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await (i % 2 == 0 ? Store : Peer).TryRedeemAsync<TestFlow>("code-1");
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Status == CodeRedemptionStatus.Redeemed && r.Data is not null);
        Assert.Equal(49, results.Count(r => r.Status == CodeRedemptionStatus.AlreadyRedeemed && r.Data is null));
    }
}
