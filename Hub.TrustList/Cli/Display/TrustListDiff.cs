using Hub.TrustList.Model;

namespace Hub.TrustList.Cli.Display;

/// <summary>
/// What changed between two releases, as lines: <c>+</c> added, <c>-</c> removed, <c>~</c> changed. Entries are
/// paired by id (client_id for relying parties; provider/brand for brands).
/// </summary>
public static class TrustListDiff
{
    public static IReadOnlyList<string> Describe(TrustListDocument before, TrustListDocument after, string language)
    {
        var l = Labels.For(language);
        var lines = new List<string>();
        if (before.Sequence != after.Sequence)
        {
            lines.Add($"{l.Sequence}: {before.Sequence} → {after.Sequence}");
        }
        if (before.NextUpdate != after.NextUpdate)
        {
            lines.Add($"{l.NextUpdate}: {InstantParser.Format(before.NextUpdate)} → {InstantParser.Format(after.NextUpdate)}");
        }
        if (before.Issuer != after.Issuer)
        {
            lines.Add($"~ {l.Issuer}: {before.Issuer.Name.For(language)} ({before.Issuer.Id}) → {after.Issuer.Name.For(language)} ({after.Issuer.Id})");
        }
        Section(lines, l.Provider, before.IdentityProviders, after.IdentityProviders, p => p.Id, p => p.DisplayName.For(language), p => p.StatusHistory, l);
        Section(lines, l.Brand, Brands(before), Brands(after), b => b.Key, b => b.Brand.DisplayName.For(language), b => b.Brand.StatusHistory, l, b => b.Brand);
        Section(lines, l.RelyingParty, before.RelyingParties, after.RelyingParties, r => r.ClientId, r => r.DisplayName.For(language), r => r.StatusHistory, l);
        if (lines.Count == 0)
        {
            lines.Add(l.NoChanges);
        }
        return lines;
    }

    private static void Section<T>(
        List<string> lines, string title, IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, Func<T, string> name,
        Func<T, IReadOnlyList<StatusChange>> history, Labels l, Func<T, object>? compared = null)
    {
        var old = before.ToDictionary(key, StringComparer.Ordinal);
        var now = after.ToDictionary(key, StringComparer.Ordinal);
        foreach (var entry in after.Where(e => !old.ContainsKey(key(e))))
        {
            lines.Add($"+ {title} {key(entry)} ({name(entry)}): {l.Added}, {l.Status} {l.Of(history(entry) is { Count: > 0 } h ? h[^1].Status : EntryStatus.Withdrawn)}");
        }
        foreach (var entry in before.Where(e => !now.ContainsKey(key(e))))
        {
            lines.Add($"- {title} {key(entry)} ({name(entry)}): {l.Removed}");
        }
        foreach (var entry in after.Where(e => old.ContainsKey(key(e))))
        {
            var previous = old[key(entry)];
            var changes = EntryComparer.Compare(compared?.Invoke(previous) ?? previous, compared?.Invoke(entry) ?? entry, history(previous), history(entry), l);
            lines.AddRange(changes.Select(change => $"~ {title} {key(entry)}: {change}"));
        }
    }

    private static IEnumerable<(string Key, BrandEntry Brand)> Brands(TrustListDocument document) =>
        document.IdentityProviders.SelectMany(p => p.Brands.Select(b => (Key: $"{p.Id}/{b.Id}", Brand: b)));
}
