namespace Sandbox.Providers.Mebuku;

/// <summary>
/// The Mebuku ID test residents (demo only; docs/sandbox.md lists them). Every one is card-proofed: Mebuku has no
/// other way in. Names separate family and given name with an ideographic space (U+3000), as Mebuku sends them.
/// </summary>
public static class MebukuResidents
{
    /// <summary>A Maebashi resident with My Number Card and face registration: level A.</summary>
    public static MebukuResident Taro { get; } = new(
        "taro", "taro-demo", "MBK-7305-1198-2046", MebukuAuthnContexts.JpkiFace,
        "前橋\u3000太郎", "マエバシ\u3000タロウ", "平成2年1月15日", "1", "群馬県前橋市大手町2-12-1", "102016");

    /// <summary>A Maebashi resident over 65 with the e-certificate but no face registration: level B.</summary>
    public static MebukuResident Sachiko { get; } = new(
        "sachiko", "sachiko-demo", "MBK-2281-0457-9913", MebukuAuthnContexts.JpkiCertificate,
        "赤城\u3000幸子", "アカギ\u3000サチコ", "昭和30年4月29日", "2", "群馬県前橋市大手町1-1-1", "102016");

    /// <summary>An Ebetsu (Hokkaido) resident, Mebuku having spread there, born in the first year of Heisei (元年): level A.</summary>
    public static MebukuResident Akira { get; } = new(
        "akira", "akira-demo", "MBK-5520-3371-0188", MebukuAuthnContexts.JpkiFace,
        "江別\u3000明", "エベツ\u3000アキラ", "平成元年8月1日", "1", "北海道江別市高砂町6", "012173");

    public static IReadOnlyList<MebukuResident> All { get; } = [Taro, Sachiko, Akira];
}
