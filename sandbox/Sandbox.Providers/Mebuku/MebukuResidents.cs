namespace Sandbox.Providers.Mebuku;

/// <summary>
/// The Mebuku ID test residents (demo only; docs/sandbox.md lists them). Every one is card-proofed: Mebuku has no
/// other way in. Names separate family and given name with an ideographic space (U+3000), and addresses are written
/// as on the resident register, with full-width digits and dashes, as Mebuku sends them.
/// </summary>
public static class MebukuResidents
{
    /// <summary>A Maebashi resident who signs in with the My Number Card itself: level A.</summary>
    public static MebukuResident Taro { get; } = new(
        "taro", "taro-demo", "MBK-7305-1198-2046", MebukuAuthnContexts.JpkiCard,
        "前橋\u3000太郎", "マエバシ\u3000タロウ", "平成2年1月15日", "1", "群馬県前橋市大手町２－１２－１", "102016");

    /// <summary>A Maebashi resident over 65 who signs in with the face-registered certificate on her phone: level B.</summary>
    public static MebukuResident Sachiko { get; } = new(
        "sachiko", "sachiko-demo", "MBK-2281-0457-9913", MebukuAuthnContexts.JpkiFace,
        "赤城\u3000幸子", "アカギ\u3000サチコ", "昭和30年4月29日", "2", "群馬県前橋市大手町１－１－１", "102016");

    /// <summary>An Ebetsu (Hokkaido) resident, Mebuku having spread there, born in the first year of Heisei (元年), signing in with the card: level A.</summary>
    public static MebukuResident Akira { get; } = new(
        "akira", "akira-demo", "MBK-5520-3371-0188", MebukuAuthnContexts.JpkiCard,
        "江別\u3000明", "エベツ\u3000アキラ", "平成元年8月1日", "1", "北海道江別市高砂町６", "012173");

    /// <summary>A child in Omura (Nagasaki), another adopter, born in the first year of Reiwa: level A, not over 18.</summary>
    public static MebukuResident Ken { get; } = new(
        "ken", "ken-demo", "MBK-4221-2601-7735", MebukuAuthnContexts.JpkiCard,
        "大村\u3000健", "オオムラ\u3000ケン", "令和元年5月1日", "1", "長崎県大村市玖島１－２５", "422126");

    public static IReadOnlyList<MebukuResident> All { get; } = [Taro, Sachiko, Akira, Ken];
}
