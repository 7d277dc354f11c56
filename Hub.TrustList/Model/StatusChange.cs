namespace Hub.TrustList.Model;

/// <summary>One entry of a status history. The last entry is the current status.</summary>
public sealed record StatusChange(EntryStatus Status, DateTimeOffset Since, string Reason);
