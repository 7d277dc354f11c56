namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// The outcome of checking a hash chain. When broken, <see cref="Partition"/> and <see cref="Sequence"/> name the
/// first record found wrong (for a truncated chain, the first missing sequence number).
/// </summary>
public sealed record ChainVerification(ChainProblem Problem, int Partition, long Sequence)
{
    public static ChainVerification Intact { get; } = new(ChainProblem.None, 0, 0);

    public bool IsIntact => Problem == ChainProblem.None;
}
