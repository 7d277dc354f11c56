using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>MAP-01: the hub has the entry's mapping profile, for its protocol, covering every declared attribute.</summary>
internal static class MappingCheck
{
    public static ConformanceCheck Evaluate(Evaluation e)
    {
        var check = CommonCatalogue.ProfileKnown;
        var problems = e.Pool.For(check).ToList();
        if (!e.Profiles.TryGet(e.Entry.MappingProfile, out var profile))
        {
            problems.Add($"no mapping profile '{e.Entry.MappingProfile}' (add it to Hub.Adapters/Mapping/Profiles, or give mapping_profiles_directory)");
            return check.Fail(problems);
        }
        if (profile.Protocol != e.Protocol)
        {
            problems.Add($"profile '{profile.Profile}' is for {profile.Protocol}, the entry speaks {e.Protocol}");
        }
        problems.AddRange(e.Entry.Attributes.Where(a => ProfileRules.For(profile, a).Count == 0)
            .Select(a => $"profile '{profile.Profile}' has no rule for the declared attribute '{a}'"));
        return check.PassUnless(problems, [$"profile '{profile.Profile}' ({profile.Schema}) covers {e.Entry.Attributes.Count} declared attributes"]);
    }
}
