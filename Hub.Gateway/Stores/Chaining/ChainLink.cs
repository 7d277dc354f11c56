namespace Hub.Gateway.Stores.Chaining;

/// <summary>What the chain verifier needs of one record: its claimed position and hashes, and its hash recomputed from content.</summary>
internal readonly record struct ChainLink(long Sequence, string PreviousHash, string StoredHash, string? RecomputedHash);
