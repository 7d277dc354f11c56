namespace Hub.Gateway.Stores;

/// <summary>Settings of the state stores (configuration section "Stores").</summary>
public sealed class HubStoreOptions
{
    public const string SectionName = "Stores";

    /// <summary>Prefix of every Redis key; it must not contain braces, which would break the hash tags.</summary>
    public string KeyPrefix { get; set; } = "hub:";

    /// <summary>
    /// How many independent hash chains the audit log is split into (by subject). More partitions mean less contention
    /// between instances and spread the log over Redis Cluster slots. Changing it later starts new chains; old ones stay verifiable.
    /// </summary>
    public int AuditPartitions { get; set; } = 8;

    /// <summary>How long a redeemed code is remembered, so that a reuse is detected; at least the access token lifetime.</summary>
    public TimeSpan RedeemedCodeRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a token revocation is kept; at least the longest refresh token lifetime.</summary>
    public TimeSpan RevocationRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How often an append to a hash chain is retried when another writer appended first.</summary>
    public int MaxAppendAttempts { get; set; } = 200;
}
