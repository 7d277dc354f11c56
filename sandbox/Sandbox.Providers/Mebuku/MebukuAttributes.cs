namespace Sandbox.Providers.Mebuku;

/// <summary>
/// Mebuku ID's own SAML attribute names (NameFormat uri), as its mapping profile (<c>mebuku-saml-v1</c>) reads
/// them. Values are Mebuku's own formats: era dates, ISO 5218 codes, one address string.
/// </summary>
public static class MebukuAttributes
{
    /// <summary>Full name in kanji, family and given name separated by an ideographic space (U+3000): 前橋　太郎.</summary>
    public const string Name = "urn:mebuku:attr:name";

    /// <summary>Reading in full-width katakana, separated the same way: マエバシ　タロウ.</summary>
    public const string Kana = "urn:mebuku:attr:kana";

    /// <summary>Birth date in the Japanese era form with kanji: 平成2年1月15日 (元年 for the first year).</summary>
    public const string Birthdate = "urn:mebuku:attr:birthdate";

    /// <summary>ISO 5218 code: 1 male, 2 female (0 unknown, 9 not applicable).</summary>
    public const string Gender = "urn:mebuku:attr:gender";

    /// <summary>The registered address as one string, full-width digits and dashes: 群馬県前橋市大手町２－１２－１.</summary>
    public const string Address = "urn:mebuku:attr:address";

    /// <summary>The 6-digit local government code of the municipality of residence: 102016.</summary>
    public const string LgCode = "urn:mebuku:attr:lgcode";

    public const string NameFormat = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";

    /// <summary>Every attribute with its FriendlyName, in the order the assertion lists them.</summary>
    public static IReadOnlyList<(string Name, string FriendlyName)> All { get; } =
    [
        (Name, "name"), (Kana, "kana"), (Birthdate, "birthdate"), (Gender, "gender"), (Address, "address"), (LgCode, "lgcode"),
    ];
}
