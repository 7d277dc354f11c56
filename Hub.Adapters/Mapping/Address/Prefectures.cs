using Hub.TrustList.Regions;

namespace Hub.Adapters.Mapping.Address;

/// <summary>The 47 prefectures (都道府県) in JIS X 0401 order: the index + 1 is the two-digit prefecture code.</summary>
internal static class Prefectures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
        "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
        "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
        "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
        "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ];

    /// <summary>The prefecture whose name starts <paramref name="address"/>, if any.</summary>
    public static string? MatchPrefix(string address)
    {
        foreach (var name in Names)
        {
            if (address.StartsWith(name, StringComparison.Ordinal))
            {
                return name;
            }
        }
        return null;
    }

    public static bool IsPrefecture(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>The prefecture name for a local government code (its first two digits).</summary>
    public static string NameOf(string localGovernmentCode) =>
        Names[int.Parse(LocalGovernmentCode.PrefectureOf(localGovernmentCode), System.Globalization.CultureInfo.InvariantCulture) - 1];

    /// <summary>The prefecture's own 6-digit code for any valid local government code: 102016 → 100005.</summary>
    public static string CodeOf(string localGovernmentCode)
    {
        var five = LocalGovernmentCode.PrefectureOf(localGovernmentCode) + "000";
        return five + LocalGovernmentCode.CheckDigit(five).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The 6-digit code of a prefecture by name: 群馬県 → 100005.</summary>
    public static string CodeOfName(string name)
    {
        var index = Names.ToList().IndexOf(name);
        if (index < 0)
        {
            throw new ArgumentException("Not a prefecture name.", nameof(name));
        }
        var five = (index + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "000";
        return five + LocalGovernmentCode.CheckDigit(five).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
