namespace Hub.Adapters.Mapping.Schema;

/// <summary>The canonical form a claim's value must have after its converter chain.</summary>
internal enum ClaimKind
{
    Text,
    Kana,
    Date,
    Gender,
    Boolean,
    Email,
    /// <summary>A one-line address, split into region, locality and street_address.</summary>
    Address,
    PostalCode,
    LocalGovernmentCode,
    /// <summary>Several local government codes (resident_of).</summary>
    LocalGovernmentCodes,
}
