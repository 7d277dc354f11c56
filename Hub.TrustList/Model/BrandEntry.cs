namespace Hub.TrustList.Model;

/// <summary>
/// A brand (alias) of a provider, e.g. Sakai City's "SakaI-D" under mydoor OSAKA ID. It shares the provider's
/// keys and endpoints, has its own names and regions, and can be suspended on its own.
/// </summary>
public sealed record BrandEntry(
    string Id,
    LocalizedText DisplayName,
    string? LogoText,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<StatusChange> StatusHistory)
{
    public EntryStatus Status => StatusHistory.Count == 0 ? EntryStatus.Withdrawn : StatusHistory[^1].Status;
}
