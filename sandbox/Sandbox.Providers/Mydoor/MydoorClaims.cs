namespace Sandbox.Providers.Mydoor;

/// <summary>
/// mydoor OSAKA ID's claim names and acr values, as its mapping profile (<c>mydoor-osaka-oidc-v1</c>) reads them.
/// Formats are mydoor's own: slash dates, 男/女, half-width katakana readings, a structured address plus lg_code.
/// </summary>
public static class MydoorClaims
{
    /// <summary>Full name in kanji: 大阪 一郎.</summary>
    public const string Name = "mydoor_name";

    /// <summary>Reading in half-width katakana: ｵｵｻｶ ｲﾁﾛｳ.</summary>
    public const string Kana = "mydoor_kana";

    /// <summary>Birth date, Gregorian with slashes: 1985/04/01.</summary>
    public const string Birthday = "birthday";

    /// <summary>Sex in kanji: 男 or 女.</summary>
    public const string Sex = "sex";

    /// <summary>OIDC structured address: region, locality, street_address, postal_code.</summary>
    public const string Address = "address";

    /// <summary>6-digit local government code of the municipality: 271004, 271403.</summary>
    public const string LgCode = "lg_code";

    public const string Email = "email";
    public const string EmailVerified = "email_verified";

    /// <summary>Identity proofed and authenticated with the My Number Card: level B.</summary>
    public const string AcrMyNumberCard = "mydoor:mnc";

    /// <summary>E-mail registration only: level C.</summary>
    public const string AcrEmail = "mydoor:email";

    /// <summary>The brand the person signed in under (<c>sakai-d</c>); sent only when the login ran under a brand.</summary>
    public const string Brand = "mydoor_brand";

    /// <summary>The SakaI-D brand, selected with <c>brand=sakai-d</c> (or <c>ui_brand=sakai-d</c>) on /authorize.</summary>
    public const string SakaiDBrand = "sakai-d";
}
