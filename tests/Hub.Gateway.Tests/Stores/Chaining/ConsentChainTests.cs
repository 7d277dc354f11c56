using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;

namespace Hub.Gateway.Tests.Stores.Chaining;

public sealed class ConsentChainTests
{
    private static readonly Dictionary<string, string> Purposes = new() { ["name"] = "v1" };

    [Fact]
    public void Verify_ChainBuiltWithNext_IsIntact()
    {
        Assert.True(ConsentChain.Verify(Chain(3), HeadOf(Chain(3))).IsIntact);
    }

    [Fact]
    public void Verify_EmptyChainWithoutHead_IsIntact()
    {
        Assert.True(ConsentChain.Verify([]).IsIntact);
    }

    [Fact]
    public void Verify_EditedClaims_ReportsHashMismatch()
    {
        var records = Chain(3);
        records[1] = records[1] with { Claims = ["name", "address"] };

        Assert.Equal((ChainProblem.HashMismatch, 2L), Problem(ConsentChain.Verify(records)));
    }

    [Fact]
    public void Verify_EditedTimeOrPurposeVersion_ReportsHashMismatch()
    {
        var records = Chain(2);
        var retimed = records.ToList();
        retimed[0] = retimed[0] with { RecordedAt = retimed[0].RecordedAt.AddSeconds(1) };
        var repurposed = records.ToList();
        repurposed[1] = repurposed[1] with { PurposeVersions = new Dictionary<string, string> { ["name"] = "v0" } };

        Assert.Equal((ChainProblem.HashMismatch, 1L), Problem(ConsentChain.Verify(retimed)));
        Assert.Equal((ChainProblem.HashMismatch, 2L), Problem(ConsentChain.Verify(repurposed)));
    }

    [Fact]
    public void Verify_EditedSubjectOrDeclinedClaims_ReportsHashMismatch()
    {
        var records = Chain(2);
        var resubjected = records.ToList();
        resubjected[0] = resubjected[0] with { Subject = "another-pairwise-sub" };
        var undeclined = records.ToList();
        undeclined[1] = undeclined[1] with { Declined = ["birthdate"] };

        Assert.Equal((ChainProblem.HashMismatch, 1L), Problem(ConsentChain.Verify(resubjected)));
        Assert.Equal((ChainProblem.HashMismatch, 2L), Problem(ConsentChain.Verify(undeclined)));
    }

    [Fact]
    public void Next_Decision_NamesThePairwiseSubjectNotThePersonKey()
    {
        var record = ConsentChain.Next(ChainHead.Empty, Decision("rp"), StoreClock.Start);

        Assert.Equal("pairwise-rp", record.Subject);
        Assert.DoesNotContain("person", System.Text.Json.JsonSerializer.Serialize(record), StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ClaimBothGrantedAndDeclined_CountsAsGrantedAndDeclinedAreSorted()
    {
        var record = ConsentChain.Next(ChainHead.Empty, Decision("rp") with { Declined = ["name", "gender", "birthdate", "gender"] }, StoreClock.Start);

        Assert.Equal(["name"], record.Claims);
        Assert.Equal(["birthdate", "gender"], record.Declined);
    }

    [Fact]
    public void Verify_RecordReplacedWithARehashedForgery_ReportsBrokenLink()
    {
        var records = Chain(3);
        var forged = records[1] with { ClientId = "someone-else", PreviousHash = new string('1', 64) };
        records[1] = forged with { Hash = ConsentChain.Next(new ChainHead(1, forged.PreviousHash), Decision("someone-else"), forged.RecordedAt).Hash };

        Assert.Equal((ChainProblem.BrokenLink, 2L), Problem(ConsentChain.Verify(records)));
    }

    [Fact]
    public void Verify_MiddleRecordRemoved_ReportsSequenceGap()
    {
        var records = Chain(3);
        records.RemoveAt(1);

        Assert.Equal((ChainProblem.SequenceGap, 2L), Problem(ConsentChain.Verify(records)));
    }

    [Fact]
    public void Verify_RecordsSwapped_ReportsSequenceGap()
    {
        var records = Chain(3);
        (records[1], records[2]) = (records[2], records[1]);

        Assert.Equal((ChainProblem.SequenceGap, 2L), Problem(ConsentChain.Verify(records)));
    }

    [Fact]
    public void Verify_NewestRecordRemoved_WithHead_ReportsTruncated()
    {
        var records = Chain(3);
        var head = HeadOf(records);
        records.RemoveAt(2);

        Assert.Equal((ChainProblem.Truncated, 3L), Problem(ConsentChain.Verify(records, head)));
        Assert.True(ConsentChain.Verify(records).IsIntact);
    }

    [Fact]
    public void Verify_HeadPointsElsewhere_ReportsBrokenLink()
    {
        var records = Chain(2);

        Assert.Equal((ChainProblem.BrokenLink, 2L), Problem(ConsentChain.Verify(records, new ChainHead(2, new string('f', 64)))));
    }

    [Fact]
    public void Verify_UnreadableRecord_ReportsHashMismatchAtItsPosition()
    {
        var records = Chain(3).Cast<ConsentRecord?>().ToList();
        records[2] = null;

        Assert.Equal((ChainProblem.HashMismatch, 3L), Problem(ConsentChain.Verify(records)));
    }

    [Fact]
    public void Next_SameDecisionAndTime_GivesTheSameHashWhateverTheClaimOrder()
    {
        var time = StoreClock.Start;
        var a = ConsentChain.Next(ChainHead.Empty, Decision("rp") with { Claims = ["name", "address"] }, time);
        var b = ConsentChain.Next(ChainHead.Empty, Decision("rp") with { Claims = ["address", "name", "name"] }, time);

        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, ConsentChain.Next(ChainHead.Empty, Decision("other"), time).Hash);
    }

    private static ConsentDecision Decision(string client) => new("person", "pairwise-" + client, client, ConsentAction.Granted, ["name"], Purposes);

    private static List<ConsentRecord> Chain(int count)
    {
        var records = new List<ConsentRecord>();
        var head = ChainHead.Empty;
        for (var i = 0; i < count; i++)
        {
            var record = ConsentChain.Next(head, Decision($"rp-{i}"), StoreClock.Start.AddMinutes(i));
            records.Add(record);
            head = new ChainHead(record.Sequence, record.Hash);
        }
        return records;
    }

    private static ChainHead HeadOf(List<ConsentRecord> records) => new(records[^1].Sequence, records[^1].Hash);

    private static (ChainProblem, long) Problem(ChainVerification verification) => (verification.Problem, verification.Sequence);
}
