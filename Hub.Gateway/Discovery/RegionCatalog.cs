using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Regions;

namespace Hub.Gateway.Discovery;

/// <summary>
/// The shipped region table (<c>Discovery/Data/regions.json</c>, documented in docs/discovery.md): names and katakana
/// readings by local government code (the 47 prefectures and the demo municipalities), and the postal-code prefixes
/// of the demo regions. The trust list names its regions but carries no readings; this table adds them.
/// </summary>
public sealed class RegionCatalog
{
    private const string ResourceName = "Hub.Gateway.Discovery.Data.regions.json";

    // Declared before Shipped: static fields initialise in order.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, RegionName> _regions;

    public RegionCatalog(IEnumerable<RegionName> regions, IEnumerable<PostalPrefix> postalPrefixes)
    {
        _regions = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        PostalPrefixes = [.. postalPrefixes];
    }

    public static RegionCatalog Shipped { get; } = Load();

    public IEnumerable<RegionName> Regions => _regions.Values;

    public IReadOnlyList<PostalPrefix> PostalPrefixes { get; }

    public RegionName? Find(string code) => _regions.GetValueOrDefault(code);

    /// <summary>The prefecture's entry, by its two-digit number (<c>27</c> → 大阪府).</summary>
    public RegionName? Prefecture(string prefecture)
        => prefecture.Length == 2 && prefecture.All(char.IsAsciiDigit)
            ? Find(prefecture + "000" + LocalGovernmentCode.CheckDigit(prefecture + "000").ToString(System.Globalization.CultureInfo.InvariantCulture))
            : null;

    /// <summary>The regions whose postal-code prefixes some code starting with <paramref name="digits"/> may have.</summary>
    public IEnumerable<string> RegionsForPostalCode(string digits)
        => PostalPrefixes.Where(p => p.Overlaps(digits)).Select(p => p.Region).Distinct(StringComparer.Ordinal);

    private static RegionCatalog Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded region table {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<RegionFile>(stream, Options)
            ?? throw new InvalidOperationException($"The embedded region table {ResourceName} is empty.");
        return new RegionCatalog(
            file.Regions.Select(r => new RegionName(r.Code, new LocalizedText(r.Ja, r.En), r.Reading)),
            file.PostalPrefixes.Select(p => new PostalPrefix(p.From, p.To, p.Region)));
    }

    private sealed record RegionFile(IReadOnlyList<RegionRow> Regions, IReadOnlyList<PostalRow> PostalPrefixes);

    private sealed record RegionRow(string Code, string Ja, string En, string Reading);

    private sealed record PostalRow(string From, string To, string Region);
}
