namespace Hub.Gateway.Stores.Abstractions;

/// <summary>Why a hash chain failed verification.</summary>
public enum ChainProblem
{
    None,

    /// <summary>A record's content no longer matches its hash: it was edited.</summary>
    HashMismatch,

    /// <summary>A record does not point at the hash of the record before it: one was removed, inserted or replaced.</summary>
    BrokenLink,

    /// <summary>Sequence numbers are not consecutive from 1: records were removed or reordered.</summary>
    SequenceGap,

    /// <summary>The chain ends before the recorded head: its newest records were removed.</summary>
    Truncated,
}
