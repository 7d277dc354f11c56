namespace Hub.Adapters.Identity;

/// <summary>
/// Attributes in the common schema (docs/attributes.md). Every member is optional: a provider delivers what it
/// supports, and the release step later keeps only what the RP may see and the person consented to.
/// </summary>
public sealed record CommonAttributes
{
    public string? Name { get; init; }
    public string? FamilyName { get; init; }
    public string? GivenName { get; init; }
    public string? NameKana { get; init; }
    public string? FamilyNameKana { get; init; }
    public string? GivenNameKana { get; init; }
    public DateOnly? Birthdate { get; init; }
    /// <summary>OIDC values: <c>female</c>, <c>male</c>, or another string for ISO 5218 code 0/9.</summary>
    public string? Gender { get; init; }
    public CommonAddress? Address { get; init; }
    public bool? AgeOver18 { get; init; }
    public bool? AgeOver65 { get; init; }
    /// <summary>6-digit local government codes (check digit valid) where the person is resident.</summary>
    public IReadOnlyList<string>? ResidentOf { get; init; }
    public string? Email { get; init; }
    public bool? EmailVerified { get; init; }

    public static CommonAttributes Empty { get; } = new();
}

/// <summary>The OIDC address claim, with the local government code of the municipality.</summary>
public sealed record CommonAddress
{
    public string? Formatted { get; init; }
    public string? PostalCode { get; init; }
    /// <summary>Prefecture, e.g. 群馬県.</summary>
    public string? Region { get; init; }
    /// <summary>Municipality, e.g. 前橋市.</summary>
    public string? Locality { get; init; }
    public string? StreetAddress { get; init; }
    public string? Country { get; init; }
    /// <summary>6-digit local government code with valid check digit, e.g. 102016.</summary>
    public string? LocalGovernmentCode { get; init; }
}
