using Hub.Gateway.Policy;
using Hub.TrustList.Model;
using Hub.TrustList.Regions;

namespace Hub.Gateway.Discovery;

/// <summary>One provider or brand in the search index, with its names in normal form and the regions it serves.</summary>
internal sealed class DiscoveryEntry
{
    public DiscoveryEntry(ProviderOption option, EntryStatus status, int order)
    {
        Option = option;
        Status = status;
        Order = order;
        Names = [.. new[] { option.DisplayName.Ja, option.DisplayName.En, option.LogoText, option.ChoiceValue }
            .Select(SearchText.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
        Regions = option.Regions.Select(r => r.Code).Where(LocalGovernmentCode.IsValid).ToHashSet(StringComparer.Ordinal);
        Prefectures = Regions.Select(LocalGovernmentCode.PrefectureOf).ToHashSet(StringComparer.Ordinal);
        WholePrefectures = Regions.Where(LocalGovernmentCode.IsPrefecture).Select(LocalGovernmentCode.PrefectureOf).ToHashSet(StringComparer.Ordinal);
    }

    public ProviderOption Option { get; }

    public EntryStatus Status { get; }

    /// <summary>The position in the trust list, the tie-breaker of the result order.</summary>
    public int Order { get; }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlySet<string> Regions { get; }

    public IReadOnlySet<string> Prefectures { get; }

    /// <summary>The prefectures it serves as a whole (a prefecture-level region): every municipality in them.</summary>
    public IReadOnlySet<string> WholePrefectures { get; }

    /// <summary>How closely it serves <paramref name="region"/>: 0 named, 1 through its prefecture, null not at all.</summary>
    public int? Serves(string region)
    {
        if (Regions.Contains(region))
        {
            return 0;
        }
        var prefecture = LocalGovernmentCode.PrefectureOf(region);
        return LocalGovernmentCode.IsPrefecture(region)
            ? Prefectures.Contains(prefecture) ? 1 : null
            : WholePrefectures.Contains(prefecture) ? 1 : null;
    }

    /// <summary>How well a name matches: 2 one starts with the text, 3 one contains it, null none.</summary>
    public int? MatchesName(string normalized)
        => Names.Any(n => n.StartsWith(normalized, StringComparison.Ordinal)) ? 2
            : Names.Any(n => n.Contains(normalized, StringComparison.Ordinal)) ? 3
            : null;
}
