using Hub.Gateway.Policy;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
using Hub.TrustList.Regions;

namespace Hub.Gateway.Discovery;

/// <summary>
/// The provider search over one trust-list snapshot: provider and brand names, and region names and readings (the
/// trust list's names plus the shipped <see cref="RegionCatalog"/>), all in <see cref="SearchText"/>'s normal form.
/// Built once per snapshot (<see cref="DiscoveryIndexCache"/>); a search returns one page, never the whole list.
/// </summary>
public sealed class DiscoveryIndex
{
    public const int PageSize = 10;

    private readonly IReadOnlyList<DiscoveryEntry> _entries;
    private readonly IReadOnlyList<(string Code, IReadOnlyList<string> Terms)> _regions;
    private readonly RegionCatalog _catalog;

    private DiscoveryIndex(long sequence, IReadOnlyList<DiscoveryEntry> entries, IReadOnlyList<(string, IReadOnlyList<string>)> regions, RegionCatalog catalog)
    {
        Sequence = sequence;
        _entries = entries;
        _regions = regions;
        _catalog = catalog;
        Prefectures = [.. entries.SelectMany(e => e.Prefectures).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(p => catalog.Prefecture(p)).OfType<RegionName>()];
    }

    /// <summary>The sequence of the trust list it was built from.</summary>
    public long Sequence { get; }

    /// <summary>The prefectures where at least one listed provider or brand serves, for browsing.</summary>
    public IReadOnlyList<RegionName> Prefectures { get; }

    public int Count => _entries.Count;

    public static DiscoveryIndex Build(TrustListSnapshot snapshot, RegionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(catalog);
        var entries = ProviderChoicePolicy.Candidates(snapshot).Select((c, i) => new DiscoveryEntry(c.Option, c.Status, i)).ToList();
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(string code, params string?[] texts)
        {
            if (!names.TryGetValue(code, out var terms))
            {
                names[code] = terms = new HashSet<string>(StringComparer.Ordinal);
            }
            terms.UnionWith(texts.Select(SearchText.Normalize).Where(t => t.Length > 0));
        }
        foreach (var region in catalog.Regions)
        {
            Add(region.Code, region.Name.Ja, region.Name.En, region.Reading);
        }
        foreach (var region in entries.SelectMany(e => e.Option.Regions).Where(r => LocalGovernmentCode.IsValid(r.Code)))
        {
            Add(region.Code, region.Name.Ja, region.Name.En);
        }
        return new DiscoveryIndex(snapshot.Sequence, entries, [.. names.Select(n => (n.Key, (IReadOnlyList<string>)[.. n.Value]))], catalog);
    }

    public DiscoveryPage Search(DiscoveryQuery query, LevelOfAssurance required)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matches = Match(query);
        var ordered = matches
            .Select(m => (Option: ProviderChoicePolicy.Judge(m.Entry.Option, m.Entry.Status, required), m.Rank, m.Entry.Order))
            .OrderBy(m => m.Option.Unavailable.HasValue).ThenBy(m => m.Rank).ThenBy(m => m.Order)
            .ToList();
        var pageCount = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        return new DiscoveryPage([.. ordered.Skip((page - 1) * PageSize).Take(PageSize).Select(m => m.Option)], ordered.Count, page, pageCount);
    }

    /// <summary>The provider or brand a choice value names, as offered for <paramref name="required"/> (the remembered choice).</summary>
    public ProviderOption? Find(string choiceValue, LevelOfAssurance required)
        => _entries.FirstOrDefault(e => e.Option.ChoiceValue == choiceValue) is { } entry
            ? ProviderChoicePolicy.Judge(entry.Option, entry.Status, required)
            : null;

    private IEnumerable<(DiscoveryEntry Entry, int Rank)> Match(DiscoveryQuery query)
    {
        if (query.Prefecture is { } prefecture)
        {
            return _entries.Where(e => e.Prefectures.Contains(prefecture)).Select(e => (e, e.WholePrefectures.Contains(prefecture) ? 0 : 1));
        }
        var text = SearchText.Normalize(query.Text);
        if (text.Length == 0)
        {
            return _entries.Select(e => (e, 0));
        }
        var regions = SearchText.IsPostalCode(text)
            ? [.. _catalog.RegionsForPostalCode(text)]
            : _regions.Where(r => r.Terms.Any(t => t.Contains(text, StringComparison.Ordinal))).Select(r => r.Code).ToList();
        return _entries
            .Select(e => (Entry: e, Rank: regions.Select(e.Serves).Min() ?? e.MatchesName(text)))
            .Where(m => m.Rank.HasValue)
            .Select(m => (m.Entry, m.Rank!.Value));
    }
}
