using System.Globalization;
using Hub.Adapters.Mapping.Address;
using Hub.Adapters.Mapping.Converters;
using Hub.TrustList.Regions;

namespace Hub.Adapters.Mapping.Schema;

/// <summary>
/// The last gate before a value enters the schema: whatever a profile's converter chain produced must already be in
/// the claim's canonical form. A profile that forgets a converter therefore drops values instead of passing them raw.
/// </summary>
internal static class CanonicalForm
{
    public static bool IsCanonical(ClaimKind kind, string value) => kind switch
    {
        ClaimKind.Text => TextNormalizer.IsNormalized(value),
        ClaimKind.Kana => KanaConverter.IsValidReading(value),
        ClaimKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ClaimKind.Gender => Iso5218GenderConverter.IsSchemaValue(value),
        ClaimKind.Boolean => value is "true" or "false",
        ClaimKind.Email => EmailConverter.IsSchemaValue(value),
        ClaimKind.Address => TextNormalizer.IsNormalized(value) && JapaneseAddressSplitter.Split(value) is not null,
        ClaimKind.PostalCode => PostalCodeConverter.IsSchemaValue(value),
        ClaimKind.LocalGovernmentCode or ClaimKind.LocalGovernmentCodes => LocalGovernmentCode.IsValid(value),
        _ => false,
    };
}
