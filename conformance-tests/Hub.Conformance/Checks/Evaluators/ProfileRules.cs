using Hub.Adapters.Mapping.Model;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>
/// Which rules of a mapping profile feed a declared claim: rules for the claim or one of its members (address.*), the
/// whole name or reading group for name claims, and for the derived claims the rules of what they derive from.
/// </summary>
internal static class ProfileRules
{
    private static readonly string[] NameGroup = ["name", "family_name", "given_name"];
    private static readonly string[] KanaGroup = ["name_kana", "family_name_kana", "given_name_kana"];

    private static readonly Dictionary<string, string> DerivedFrom = new(StringComparer.Ordinal)
    {
        ["age_over_18"] = "birthdate",
        ["age_over_65"] = "birthdate",
        ["resident_of"] = "address",
    };

    /// <summary>The rules that deliver <paramref name="claim"/>; empty when the profile cannot produce it.</summary>
    public static IReadOnlyList<ClaimRule> For(MappingProfile profile, string claim)
    {
        var group = NameGroup.Contains(claim) ? NameGroup : KanaGroup.Contains(claim) ? KanaGroup : [claim];
        var rules = profile.Claims.Where(r => group.Contains(Declared(r.Claim))).ToList();
        if (rules.Count == 0 && DerivedFrom.TryGetValue(claim, out var source))
        {
            return For(profile, source);
        }
        return rules;
    }

    /// <summary>The declared claim a rule or warning belongs to: <c>address.region</c> belongs to <c>address</c>.</summary>
    public static string Declared(string claim)
    {
        var dot = claim.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? claim : claim[..dot];
    }
}
