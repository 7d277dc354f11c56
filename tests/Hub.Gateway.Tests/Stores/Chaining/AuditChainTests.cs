using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Stores.Chaining;

public sealed class AuditChainTests
{
    [Fact]
    public void Verify_TwoPartitionsInterleaved_IsIntact()
    {
        var entries = Interleave(Chain(0, 3), Chain(1, 2));

        Assert.True(AuditChain.Verify(entries).IsIntact);
    }

    [Fact]
    public void Verify_EditedRecord_ReportsHashMismatchInItsPartition()
    {
        var p1 = Chain(1, 3);
        p1[2] = p1[2] with { Record = p1[2].Record with { Level = LevelOfAssurance.A } };

        var result = AuditChain.Verify(Interleave(Chain(0, 3), p1));

        Assert.Equal((ChainProblem.HashMismatch, 1, 3L), (result.Problem, result.Partition, result.Sequence));
    }

    [Fact]
    public void Verify_EditedClaimNames_ReportsHashMismatch()
    {
        var p0 = Chain(0, 2);
        p0[0] = p0[0] with { Record = p0[0].Record with { ClaimNames = ["name"] } };

        Assert.Equal(ChainProblem.HashMismatch, AuditChain.Verify(p0).Problem);
    }

    [Fact]
    public void Verify_EntryRemoved_ReportsSequenceGap()
    {
        var p0 = Chain(0, 3);
        p0.RemoveAt(0);

        var result = AuditChain.Verify(p0);

        Assert.Equal((ChainProblem.SequenceGap, 1L), (result.Problem, result.Sequence));
    }

    [Fact]
    public void Verify_PartitionEmptiedButHeadKnown_ReportsTruncated()
    {
        var p0 = Chain(0, 2);
        var heads = new Dictionary<int, ChainHead> { [0] = new(2, p0[1].Hash), [1] = new(4, new string('a', 64)) };

        var result = AuditChain.Verify(p0.Select(e => (e.Partition, (AuditEntry?)e)), heads);

        Assert.Equal((ChainProblem.Truncated, 1, 1L), (result.Problem, result.Partition, result.Sequence));
    }

    [Fact]
    public void Verify_EntryMovedToAnotherPartition_ReportsHashMismatch()
    {
        var p0 = Chain(0, 1);
        var moved = p0[0] with { Partition = 1 };

        Assert.Equal(ChainProblem.HashMismatch, AuditChain.Verify([moved]).Problem);
    }

    private static List<AuditEntry> Chain(int partition, int count)
    {
        var entries = new List<AuditEntry>();
        var head = ChainHead.Empty;
        for (var i = 0; i < count; i++)
        {
            var record = new DataReleaseRecord(
                StoreClock.Start.AddSeconds(i), "rp", "mebuku", null, $"sub-{partition}", ["birthdate", "name"], "cr", LevelOfAssurance.B);
            var entry = AuditChain.Next(head, partition, record);
            entries.Add(entry);
            head = new ChainHead(entry.Sequence, entry.Hash);
        }
        return entries;
    }

    private static List<AuditEntry> Interleave(List<AuditEntry> a, List<AuditEntry> b) =>
        [.. a.Zip(b).SelectMany(p => new[] { p.First, p.Second }).Concat(a.Skip(b.Count)).Concat(b.Skip(a.Count))];
}
