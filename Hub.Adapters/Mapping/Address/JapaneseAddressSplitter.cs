namespace Hub.Adapters.Mapping.Address;

/// <summary>
/// Splits a normalised one-line Japanese address. The prefecture is one of the 47 names. The municipality is found
/// by rules, in this order: a short list of names the rules would cut wrongly (四日市市, 東村山市, 大和郡山市...);
/// a designated city (政令指定都市) with its ward (大阪市北区); a county with its town or village (余市郡余市町);
/// otherwise the shortest run ending in 市, 区, 町 or 村 before the first digit, extended where the name itself
/// continues (大村市, 十日町市, 玉村町). It is a heuristic: the local government code, when present, is the authority
/// and is checked against the result (<see cref="LocalGovernmentTable"/>).
/// </summary>
internal static class JapaneseAddressSplitter
{
    private static readonly (string Prefecture, string Name)[] Exceptions =
    [
        ("三重県", "四日市市"), ("広島県", "廿日市市"), ("石川県", "野々市市"),
        ("東京都", "東村山市"), ("東京都", "武蔵村山市"), ("奈良県", "大和郡山市"),
    ];

    private static readonly (string Prefecture, string Name)[] ExceptionCounties =
    [
        ("北海道", "余市郡"), ("山形県", "北村山郡"), ("山形県", "西村山郡"), ("山形県", "東村山郡"),
    ];

    private static readonly (string Prefecture, string City)[] DesignatedCities =
    [
        ("北海道", "札幌市"), ("宮城県", "仙台市"), ("埼玉県", "さいたま市"), ("千葉県", "千葉市"), ("神奈川県", "横浜市"),
        ("神奈川県", "川崎市"), ("神奈川県", "相模原市"), ("新潟県", "新潟市"), ("静岡県", "静岡市"), ("静岡県", "浜松市"),
        ("愛知県", "名古屋市"), ("京都府", "京都市"), ("大阪府", "大阪市"), ("大阪府", "堺市"), ("兵庫県", "神戸市"),
        ("岡山県", "岡山市"), ("広島県", "広島市"), ("福岡県", "北九州市"), ("福岡県", "福岡市"), ("熊本県", "熊本市"),
    ];

    public static AddressParts? Split(string address)
    {
        var prefecture = Prefectures.MatchPrefix(address);
        if (prefecture is null)
        {
            return null;
        }
        var rest = address[prefecture.Length..].TrimStart(' ');
        var municipality = Municipality(prefecture, rest);
        if (municipality is null)
        {
            return null;
        }
        var street = rest[municipality.Length..].Trim(' ');
        return new AddressParts(prefecture, municipality, street.Length == 0 ? null : street);
    }

    private static string? Municipality(string prefecture, string rest)
    {
        foreach (var (pref, name) in Exceptions)
        {
            if (pref == prefecture && rest.StartsWith(name, StringComparison.Ordinal))
            {
                return name;
            }
        }
        foreach (var (pref, city) in DesignatedCities)
        {
            if (pref == prefecture && rest.StartsWith(city, StringComparison.Ordinal))
            {
                var ward = ShortestRun(rest.AsSpan(city.Length), "区", allowExtension: false);
                return city + ward;
            }
        }
        var county = County(prefecture, rest);
        if (county is not null)
        {
            var town = ShortestRun(rest.AsSpan(county.Length), "町村", allowExtension: true);
            return town is null ? null : county + town;
        }
        return ShortestRun(rest, "市区町村", allowExtension: true);
    }

    private static string? County(string prefecture, string rest)
    {
        foreach (var (pref, name) in ExceptionCounties)
        {
            if (pref == prefecture && rest.StartsWith(name, StringComparison.Ordinal))
            {
                return name;
            }
        }
        for (var i = 1; i < rest.Length; i++)
        {
            var c = rest[i - 1];
            if (char.IsAsciiDigit(c) || c is '市' or '区' or '町' or '村')
            {
                return null;
            }
            if (rest[i] == '郡')
            {
                // 蒲郡市 and 小郡市 are cities, not counties.
                return i + 1 < rest.Length && rest[i + 1] == '市' ? null : rest[..(i + 1)];
            }
        }
        return null;
    }

    /// <summary>The shortest prefix (at least two characters) ending in one of <paramref name="suffixes"/>.</summary>
    private static string? ShortestRun(ReadOnlySpan<char> text, string suffixes, bool allowExtension)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) || text[i] == ' ')
            {
                return null;
            }
            if (!suffixes.Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            // 大村市, 十日町市, 田村市: 町 or 村 inside a city's name; 玉村町: 村 inside a town's name.
            if (allowExtension && (text[i] is '町' or '村' && next == '市' || text[i] == '村' && next == '町'))
            {
                return text[..(i + 2)].ToString();
            }
            return text[..(i + 1)].ToString();
        }
        return null;
    }
}
