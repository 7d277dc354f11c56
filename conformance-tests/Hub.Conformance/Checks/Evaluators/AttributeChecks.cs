using Hub.Adapters.Identity;
using Hub.Adapters.Mapping.Model;
using Hub.Conformance.Flows;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>
/// ATTR-01 (delivered) on the provider's raw attributes, and ATTR-02..04 on the hub's mapping warnings, which are split by
/// claim so that one bad value fails one check: dates and genders (ATTR-03), addresses and codes (ATTR-04), assurance
/// evidence (LOA-02), everything else (ATTR-02).
/// </summary>
internal static class AttributeChecks
{
    private static readonly HashSet<string> DateAndGenderClaims = ["birthdate", "gender", "age_over_18", "age_over_65"];
    private static readonly HashSet<string> AddressClaims = ["address", "resident_of"];

    public static IEnumerable<ConformanceCheck> Evaluate(Evaluation e)
    {
        var successful = e.Run.Successful.ToList();
        e.Profiles.TryGet(e.Entry.MappingProfile, out var profile);
        yield return Delivered(e, successful, profile);
        var warnings = successful.SelectMany(l => l.Completion!.Identity!.Warnings.Select(w => (l.Label, Warning: w))).ToList();
        yield return Warnings(CommonCatalogue.AttributesClean, successful, warnings.Where(w => !IsDateOrGender(w.Warning) && !IsAddress(w.Warning) && w.Warning.Claim != "acr"));
        yield return Warnings(CommonCatalogue.DatesAndGenders, successful, warnings.Where(w => IsDateOrGender(w.Warning)));
        yield return Warnings(CommonCatalogue.AddressesAndCodes, successful, warnings.Where(w => IsAddress(w.Warning)));
    }

    private static ConformanceCheck Delivered(Evaluation e, List<LoginRecord> successful, MappingProfile? profile)
    {
        var check = CommonCatalogue.AttributesDelivered;
        if (profile is null)
        {
            return check.Skip("the mapping profile is unknown (see MAP-01)");
        }
        if (successful.Count == 0)
        {
            return check.Skip(Evaluation.NoLogin);
        }
        var problems = e.Entry.Attributes
            .Where(a => !e.Candidate.Accounts.Any(account => account.ExpectedAttributes.Contains(a, StringComparer.Ordinal)))
            .Select(a => $"the entry declares '{a}', but no test account is expected to deliver it")
            .ToList();
        foreach (var login in successful)
        {
            var attributes = login.Completion!.Assertion?.Attributes ?? new Dictionary<string, IReadOnlyList<string>>();
            foreach (var claim in login.Account.ExpectedAttributes)
            {
                var rules = ProfileRules.For(profile, claim);
                if (rules.Count > 0 && !rules.Any(r => r.From.Any(source => attributes.TryGetValue(source, out var values) && values.Any(v => !string.IsNullOrWhiteSpace(v)))))
                {
                    problems.Add($"{login.Label}: '{claim}' expected, but none of {string.Join(", ", rules.SelectMany(r => r.From).Distinct())} was delivered");
                }
            }
        }
        return check.PassUnless(problems, successful.GroupBy(l => l.Account.Username)
            .Select(g => $"{g.Key}: {string.Join(", ", g.First().Account.ExpectedAttributes)} delivered"));
    }

    private static ConformanceCheck Warnings(CheckDefinition check, List<LoginRecord> successful, IEnumerable<(string Label, MappingWarning Warning)> warnings)
    {
        if (successful.Count == 0)
        {
            return check.Skip(Evaluation.NoLogin);
        }
        // The warning names the claim and source attribute and a code, never the value (docs/attributes.md §11).
        var problems = warnings.Select(w => $"{w.Label}: {w.Warning.Claim} from {w.Warning.SourceAttribute}: {w.Warning.Code} ({w.Warning.Message})").ToList();
        return check.PassUnless(problems, [$"{successful.Count} logins mapped without a warning in this group"]);
    }

    private static bool IsDateOrGender(MappingWarning warning) => DateAndGenderClaims.Contains(ProfileRules.Declared(warning.Claim));

    private static bool IsAddress(MappingWarning warning) => AddressClaims.Contains(ProfileRules.Declared(warning.Claim));
}
