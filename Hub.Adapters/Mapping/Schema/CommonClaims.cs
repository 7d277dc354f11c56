namespace Hub.Adapters.Mapping.Schema;

/// <summary>The claims of common schema v1 that a profile rule may target, and the canonical form of each.</summary>
internal static class CommonClaims
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
    public const string AddressFormatted = "address.formatted";
    public const string AddressRegion = "address.region";
    public const string AddressLocality = "address.locality";
    public const string AddressStreet = "address.street_address";
    public const string AddressPostalCode = "address.postal_code";
    public const string AddressCountry = "address.country";
    public const string AddressCode = "address.local_government_code";
    public const string AgeOver18 = "age_over_18";
    public const string AgeOver65 = "age_over_65";
    public const string ResidentOf = "resident_of";
    public const string Email = "email";
    public const string EmailVerified = "email_verified";

    public static IReadOnlyDictionary<string, ClaimKind> Kinds { get; } = new Dictionary<string, ClaimKind>(StringComparer.Ordinal)
    {
        [Name] = ClaimKind.Text,
        [FamilyName] = ClaimKind.Text,
        [GivenName] = ClaimKind.Text,
        [NameKana] = ClaimKind.Kana,
        [FamilyNameKana] = ClaimKind.Kana,
        [GivenNameKana] = ClaimKind.Kana,
        [Birthdate] = ClaimKind.Date,
        [Gender] = ClaimKind.Gender,
        [Address] = ClaimKind.Address,
        [AddressFormatted] = ClaimKind.Text,
        [AddressRegion] = ClaimKind.Text,
        [AddressLocality] = ClaimKind.Text,
        [AddressStreet] = ClaimKind.Text,
        [AddressPostalCode] = ClaimKind.PostalCode,
        [AddressCountry] = ClaimKind.Text,
        [AddressCode] = ClaimKind.LocalGovernmentCode,
        [AgeOver18] = ClaimKind.Boolean,
        [AgeOver65] = ClaimKind.Boolean,
        [ResidentOf] = ClaimKind.LocalGovernmentCodes,
        [Email] = ClaimKind.Email,
        [EmailVerified] = ClaimKind.Boolean,
    };

    /// <summary>The name a trust-list entry declares for a claim: <c>address.region</c> is declared as <c>address</c>.</summary>
    public static string Declared(string claim)
    {
        var dot = claim.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? claim : claim[..dot];
    }
}
