using Hub.Adapters.Mapping.Engine;
using Hub.Adapters.Mapping.Model;

namespace Hub.Adapters.Mapping.Derivation;

/// <summary>
/// Fills a declared name claim the provider did not send: parts split from a full name of exactly two
/// space-separated parts, or the full name composed from both parts, in the profile's name order.
/// </summary>
internal static class NameAssembler
{
    public static void Apply(
        NameOrder order, string full, string family, string given,
        MappedValues values, DeclaredClaims declared, WarningCollector warnings)
    {
        var fullValue = values.Get(full);
        if (fullValue is not null)
        {
            var missing = new[] { family, given }.Where(c => declared.IsDeclared(c) && values.Get(c) is null).ToList();
            if (missing.Count == 0)
            {
                return;
            }
            var parts = fullValue.Split(' ');
            if (parts.Length != 2)
            {
                foreach (var claim in missing)
                {
                    warnings.Add(claim, values.SourceOf(full), "name.not_splittable",
                        "The full name does not have exactly two space-separated parts, so its parts are not known.");
                }
                return;
            }
            var (familyPart, givenPart) = order == NameOrder.FamilyGiven ? (parts[0], parts[1]) : (parts[1], parts[0]);
            SetIfMissing(values, family, familyPart, full);
            SetIfMissing(values, given, givenPart, full);
            return;
        }
        var familyValue = values.Get(family);
        var givenValue = values.Get(given);
        if (declared.IsDeclared(full) && familyValue is not null && givenValue is not null)
        {
            var composed = order == NameOrder.FamilyGiven ? $"{familyValue} {givenValue}" : $"{givenValue} {familyValue}";
            values.Set(full, composed, values.SourceOf(family));
        }
    }

    private static void SetIfMissing(MappedValues values, string claim, string value, string fromClaim)
    {
        if (values.Get(claim) is null)
        {
            values.Set(claim, value, values.SourceOf(fromClaim));
        }
    }
}
