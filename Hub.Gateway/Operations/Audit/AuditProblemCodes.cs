using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Operations.Audit;

/// <summary>The stable codes of chain problems in the export and the verify report.</summary>
internal static class AuditProblemCodes
{
    public static string Of(ChainProblem problem) => problem switch
    {
        ChainProblem.HashMismatch => "hash_mismatch",
        ChainProblem.BrokenLink => "broken_link",
        ChainProblem.SequenceGap => "sequence_gap",
        ChainProblem.Truncated => "truncated",
        _ => "none",
    };

    public static string Describe(ChainVerification verification) => verification.IsIntact
        ? "audit log intact"
        : $"audit log BROKEN: {Of(verification.Problem)} at partition {verification.Partition}, sequence {verification.Sequence}";
}
