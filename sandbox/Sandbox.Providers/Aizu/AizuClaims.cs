namespace Sandbox.Providers.Aizu;

/// <summary>
/// Aizuwakamatsu+ ID uses standard OIDC claim names (name, family_name, given_name, birthdate, address, email,
/// email_verified), but its <c>birthdate</c> is in the initial-letter era form: H2.1.15, S63.3.3.
/// </summary>
public static class AizuClaims
{
    /// <summary>Identity proofed with the My Number Card: level B.</summary>
    public const string AcrMyNumberCard = "aizu:mnc";

    /// <summary>E-mail (or SNS) registration only: level C.</summary>
    public const string AcrEmail = "aizu:email";
}
