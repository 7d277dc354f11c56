namespace Hub.TrustList.Validation;

/// <summary>The claims of the common attribute schema (DESIGN.md) that a provider may supply and an RP may request.</summary>
public static class CommonSchemaClaims
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "sub", "name", "family_name", "given_name", "name_kana", "family_name_kana", "given_name_kana",
        "birthdate", "gender", "address", "age_over_18", "age_over_65", "resident_of", "email", "email_verified",
    };
}
