namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// One entry of the audit log. The log is split into partitions (by subject) so that appends from many instances do
/// not all contend on one chain; within a partition, <see cref="Sequence"/> counts from 1 and each entry carries the
/// previous entry's hash. <see cref="Id"/> is the store's own identifier (the Redis stream id).
/// </summary>
public sealed record AuditEntry(
    string Id,
    int Partition,
    long Sequence,
    DataReleaseRecord Record,
    string PreviousHash,
    string Hash);
