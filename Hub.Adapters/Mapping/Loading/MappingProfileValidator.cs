using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Model;
using Hub.Adapters.Mapping.Schema;

namespace Hub.Adapters.Mapping.Loading;

/// <summary>Checks a parsed profile before it is used: known claims and converters, no rule twice, sources named.</summary>
internal static class MappingProfileValidator
{
    public static IReadOnlyList<string> Validate(MappingProfile profile, ConverterRegistry converters)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.Profile))
        {
            errors.Add("The profile has no name.");
        }
        if (profile.Schema != MappingProfile.CurrentSchema)
        {
            errors.Add($"The profile maps into '{profile.Schema}', but this hub implements '{MappingProfile.CurrentSchema}'.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in profile.Claims)
        {
            if (!CommonClaims.Kinds.ContainsKey(rule.Claim))
            {
                errors.Add($"Claim '{rule.Claim}' is not in the common schema.");
            }
            if (!seen.Add(rule.Claim))
            {
                errors.Add($"Claim '{rule.Claim}' has more than one rule.");
            }
            if (rule.From.Count == 0 || rule.From.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add($"Claim '{rule.Claim}' names no source attribute, or an empty one.");
            }
            foreach (var name in rule.Convert)
            {
                if (!converters.TryGet(name, out _))
                {
                    errors.Add($"Claim '{rule.Claim}' uses converter '{name}', which is not registered.");
                }
            }
        }
        if (profile.Assurance.AuthnContext.Keys.Concat(profile.Assurance.Amr.Keys).Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("An assurance signal has an empty value.");
        }
        return errors;
    }
}
