namespace Hub.Gateway.OpenIdProvider.Release;

/// <summary>The claims of the common attribute schema that the hub can release to relying parties.</summary>
public static class CommonClaimNames
{
    public const string Name = "name";
    public const string FamilyName = "family_name";
    public const string GivenName = "given_name";
    public const string NameKana = "name_kana";
    public const string FamilyNameKana = "family_name_kana";
    public const string GivenNameKana = "given_name_kana";
    public const string Birthdate = "birthdate";
    public const string Gender = "gender";
    public const string Address = "address";
    public const string AgeOver18 = "age_over_18";
    public const string AgeOver65 = "age_over_65";
    public const string ResidentOf = "resident_of";
    public const string Email = "email";
    public const string EmailVerified = "email_verified";

    /// <summary>Which regional ID was used: an object with <c>id</c> (trust-list provider id) and <c>brand</c> (when a brand was used).</summary>
    public const string Provider = "provider";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Name, FamilyName, GivenName, NameKana, FamilyNameKana, GivenNameKana, Birthdate, Gender, Address,
        AgeOver18, AgeOver65, ResidentOf, Email, EmailVerified, Provider,
    };
}
