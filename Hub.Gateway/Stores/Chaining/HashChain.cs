using System.Security.Cryptography;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.Chaining;

/// <summary>SHA-256 hash chains: each record hashes its canonical form, which includes the previous record's hash.</summary>
internal static class HashChain
{
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// Checks links in order: sequence numbers from 1 without gaps, each pointing at the hash before it, each hash matching
    /// its content (a null recomputed hash means unreadable content), and the last one reaching <paramref name="head"/> if given.
    /// </summary>
    public static ChainVerification Verify(IEnumerable<ChainLink> links, int partition, ChainHead? head)
    {
        var expected = ChainHead.Empty;
        foreach (var link in links)
        {
            var sequence = expected.Sequence + 1;
            if (link.Sequence != sequence)
            {
                return new ChainVerification(ChainProblem.SequenceGap, partition, sequence);
            }
            if (link.RecomputedHash is null)
            {
                return new ChainVerification(ChainProblem.HashMismatch, partition, sequence);
            }
            if (!string.Equals(link.PreviousHash, expected.Hash, StringComparison.Ordinal))
            {
                return new ChainVerification(ChainProblem.BrokenLink, partition, sequence);
            }
            if (!string.Equals(link.RecomputedHash, link.StoredHash, StringComparison.Ordinal))
            {
                return new ChainVerification(ChainProblem.HashMismatch, partition, sequence);
            }
            expected = new ChainHead(sequence, link.StoredHash);
        }
        if (head is not null && head != expected)
        {
            return head.Sequence > expected.Sequence
                ? new ChainVerification(ChainProblem.Truncated, partition, expected.Sequence + 1)
                : new ChainVerification(ChainProblem.BrokenLink, partition, head.Sequence);
        }
        return ChainVerification.Intact;
    }
}
