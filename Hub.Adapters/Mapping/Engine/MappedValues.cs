namespace Hub.Adapters.Mapping.Engine;

/// <summary>Canonical values found so far, by claim, each with the source attribute it came from.</summary>
internal sealed class MappedValues
{
    private readonly Dictionary<string, (string Value, string Source)> _single = new(StringComparer.Ordinal);

    public List<string> ResidentOf { get; } = [];

    public string? ResidentOfSource { get; set; }

    public string? Get(string claim) => _single.TryGetValue(claim, out var entry) ? entry.Value : null;

    public string SourceOf(string claim) => _single.TryGetValue(claim, out var entry) ? entry.Source : "(derived)";

    public void Set(string claim, string value, string source) => _single[claim] = (value, source);

    public void Remove(string claim) => _single.Remove(claim);
}
