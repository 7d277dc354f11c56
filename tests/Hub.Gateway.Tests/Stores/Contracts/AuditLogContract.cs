using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Stores.Contracts;

/// <summary>The behaviour every <see cref="IAuditLog"/> must have; run against each implementation.</summary>
public abstract class AuditLogContract
{
    protected abstract IAuditLog Log { get; }

    protected abstract IAuditLog Peer { get; }

    protected static DataReleaseRecord Release(string subject, int n = 0) => new(
        StoreClock.Start.AddSeconds(n), "osaka-kosodate", "mebuku", null, subject,
        ["name", "birthdate"], "consent-record-" + n, LevelOfAssurance.B);

    [Fact]
    public async Task AppendAsync_ThreeReleasesOfOnePerson_AreReadBackInOrderAndChained()
    {
        var first = await Log.AppendAsync(Release("sub-1", 1));
        var second = await Peer.AppendAsync(Release("sub-1", 2));
        var third = await Log.AppendAsync(Release("sub-1", 3));

        var entries = await ReadAllAsync(Log);

        Assert.Equal([first.Hash, second.Hash, third.Hash], entries.Select(e => e.Hash));
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(ChainHead.GenesisHash, first.PreviousHash);
        Assert.All(entries, e => Assert.NotEmpty(e.Id));
    }

    [Fact]
    public async Task AppendAsync_Release_KeepsEveryFieldAndOnlyClaimNames()
    {
        var release = Release("sub-1") with { BrandId = "sakai-d", ClaimNames = ["name", "address", "name"] };

        await Log.AppendAsync(release);

        var entry = Assert.Single(await ReadAllAsync(Peer));
        Assert.Equal(["address", "name"], entry.Record.ClaimNames);
        Assert.Equal(
            (release.ReleasedAt, release.ClientId, release.ProviderId, release.BrandId, release.Subject, release.ConsentRecordId, release.Level),
            (entry.Record.ReleasedAt, entry.Record.ClientId, entry.Record.ProviderId, entry.Record.BrandId, entry.Record.Subject,
             entry.Record.ConsentRecordId, entry.Record.Level));
    }

    [Fact]
    public async Task VerifyAsync_EmptyLog_IsIntact()
    {
        Assert.True((await Log.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_FiftyConcurrentOnTwoInstances_KeepsEveryEntryInIntactChains()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => (i % 2 == 0 ? Log : Peer).AppendAsync(Release(i % 3 == 0 ? "busy-person" : $"sub-{i}", i)))));

        var entries = await ReadAllAsync(Log);

        Assert.Equal(50, entries.Count);
        Assert.Equal(50, entries.Select(e => e.Record.ConsentRecordId).Distinct().Count());
        Assert.True(AuditChain.Verify(entries).IsIntact);
        Assert.True((await Peer.VerifyAsync()).IsIntact);
    }

    protected static async Task<List<AuditEntry>> ReadAllAsync(IAuditLog log)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in log.ReadAllAsync())
        {
            entries.Add(entry);
        }
        return entries;
    }
}
