using Hub.Adapters.Identity;
using Hub.Adapters.Mapping.Engine;
using Hub.Adapters.Mapping.Schema;

namespace Hub.Adapters.Mapping.Address;

/// <summary>
/// Builds the address claim from either a one-line address (split into region, locality and street_address) or
/// the OIDC members, and attaches the local government code: the provider's, if it agrees with the address, or
/// else the one the table knows for the address's municipality.
/// </summary>
internal static class AddressAssembler
{
    public static CommonAddress? Assemble(MappedValues values, WarningCollector warnings)
    {
        var parts = values.Get(CommonClaims.Address) is { } line ? JapaneseAddressSplitter.Split(line) : null;
        var region = parts?.Prefecture ?? values.Get(CommonClaims.AddressRegion);
        if (parts is null && region is not null && !Prefectures.IsPrefecture(region))
        {
            warnings.Add(CommonClaims.AddressRegion, values.SourceOf(CommonClaims.AddressRegion), "address.region_unknown",
                "The region is not one of the 47 prefectures.");
            region = null;
        }
        var locality = parts?.Municipality ?? values.Get(CommonClaims.AddressLocality);
        var street = parts is null ? values.Get(CommonClaims.AddressStreet) : parts.Rest;
        var formatted = parts?.Formatted ?? values.Get(CommonClaims.AddressFormatted)
            ?? (region is not null && locality is not null ? region + locality + street : null);
        var address = new CommonAddress
        {
            Formatted = formatted,
            PostalCode = values.Get(CommonClaims.AddressPostalCode),
            Region = region,
            Locality = locality,
            StreetAddress = street,
            Country = values.Get(CommonClaims.AddressCountry),
            LocalGovernmentCode = Code(values, region, locality, warnings),
        };
        return address == new CommonAddress() ? null : address;
    }

    private static string? Code(MappedValues values, string? region, string? locality, WarningCollector warnings)
    {
        if (values.Get(CommonClaims.AddressCode) is { } code)
        {
            if (AddressConsistency.Agrees(code, region, locality))
            {
                return code;
            }
            warnings.Add(CommonClaims.AddressCode, values.SourceOf(CommonClaims.AddressCode), "lgcode.mismatch",
                "The local government code does not belong to the address's prefecture or municipality; the code is dropped.");
            return null;
        }
        return region is not null && locality is not null ? LocalGovernmentTable.FindByName(region, locality)?.Code : null;
    }
}
