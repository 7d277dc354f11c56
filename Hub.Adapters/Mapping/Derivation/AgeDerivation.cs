using System.Globalization;
using Hub.Adapters.Mapping.Engine;
using Hub.Adapters.Mapping.Schema;

namespace Hub.Adapters.Mapping.Derivation;

/// <summary>
/// age_over_18 and age_over_65 from the birthdate on the reference day (JST). A birthdate after that day is dropped.
/// A provider may send the flags directly; if it sends both a flag and a birthdate that disagree, the flag is dropped.
/// </summary>
internal static class AgeDerivation
{
    private static readonly (string Claim, int Years)[] Thresholds = [(CommonClaims.AgeOver18, 18), (CommonClaims.AgeOver65, 65)];

    public static void Apply(MappedValues values, DateOnly today, WarningCollector warnings)
    {
        DateOnly? birthdate = null;
        if (values.Get(CommonClaims.Birthdate) is { } text)
        {
            var parsed = DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (parsed > today)
            {
                warnings.Add(CommonClaims.Birthdate, values.SourceOf(CommonClaims.Birthdate), "birthdate.in_future",
                    "The birthdate lies after the authentication date.");
                values.Remove(CommonClaims.Birthdate);
            }
            else
            {
                birthdate = parsed;
            }
        }
        if (birthdate is null)
        {
            return;
        }
        var age = AgeCalculator.AgeOn(birthdate.Value, today);
        foreach (var (claim, years) in Thresholds)
        {
            var derived = age >= years ? "true" : "false";
            var direct = values.Get(claim);
            if (direct is not null && direct != derived)
            {
                warnings.Add(claim, values.SourceOf(claim), "age.inconsistent",
                    "The provider's age flag disagrees with its birthdate; the flag is dropped.");
                values.Remove(claim);
            }
            else if (direct is null)
            {
                values.Set(claim, derived, values.SourceOf(CommonClaims.Birthdate));
            }
        }
    }
}
