namespace Sandbox.Providers.Aizu;

/// <summary>
/// Aizuwakamatsu+ ID uses standard OIDC claim names (name, family_name, given_name, the readings as language-tagged
/// <c>family_name#ja-Kana-JP</c> / <c>given_name#ja-Kana-JP</c>, gender, birthdate, address with <c>formatted</c>,
/// email, email_verified), but its <c>birthdate</c> is in the initial-letter era form: H2.1.15, S63.3.3. Its mapping
/// profile is <c>aizu-plus-oidc-v1</c>.
/// </summary>
public static class AizuClaims
{
    /// <summary>Identity proofed with the My Number Card: level B.</summary>
    public const string AcrMyNumberCard = "aizu:mnc";

    /// <summary>E-mail (or SNS) registration only: level C.</summary>
    public const string AcrEmail = "aizu:email";
}
