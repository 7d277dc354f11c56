namespace Hub.Adapters.Mapping.Address;

/// <summary>
/// The local governments the hub knows by name: the 47 prefectures (codes computed from JIS X 0401 order) and the
/// municipalities of the demo regions. Used to check that an address and its code agree, and to find the code of
/// an address that came without one. It is deliberately small; a code it does not know is checked only against
/// the prefecture.
/// </summary>
internal static class LocalGovernmentTable
{
    private static readonly LocalGovernment[] Municipalities =
    [
        new("012173", "北海道", "江別市"),
        new("072028", "福島県", "会津若松市"),
        new("102016", "群馬県", "前橋市"),
        new("131016", "東京都", "千代田区"),
        new("271004", "大阪府", "大阪市"),
        new("271403", "大阪府", "堺市"),
        new("422126", "長崎県", "大村市"),
    ];

    private static readonly Dictionary<string, LocalGovernment> ByCode = Build();

    public static IEnumerable<LocalGovernment> All => ByCode.Values;

    public static LocalGovernment? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The known municipality an address lies in (longest name that starts its municipality part).</summary>
    public static LocalGovernment? FindByName(string prefecture, string municipality)
    {
        LocalGovernment? best = null;
        foreach (var entry in Municipalities)
        {
            if (entry.Prefecture == prefecture && municipality.StartsWith(entry.Municipality!, StringComparison.Ordinal)
                && (best is null || entry.Municipality!.Length > best.Municipality!.Length))
            {
                best = entry;
            }
        }
        return best;
    }

    private static Dictionary<string, LocalGovernment> Build()
    {
        var table = new Dictionary<string, LocalGovernment>(StringComparer.Ordinal);
        foreach (var name in Prefectures.Names)
        {
            var code = Prefectures.CodeOfName(name);
            table.Add(code, new LocalGovernment(code, name, null));
        }
        foreach (var entry in Municipalities)
        {
            table.Add(entry.Code, entry);
        }
        return table;
    }
}
