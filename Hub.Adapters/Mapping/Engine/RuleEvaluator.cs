using Hub.Adapters.Mapping.Converters;
using Hub.Adapters.Mapping.Model;
using Hub.Adapters.Mapping.Schema;

namespace Hub.Adapters.Mapping.Engine;

/// <summary>
/// Runs one profile rule: picks the first source attribute present, runs the converter chain, and checks the result
/// against the claim's canonical form. Anything that fails is dropped and reported.
/// </summary>
internal sealed class RuleEvaluator(ConverterRegistry converters)
{
    public void Evaluate(
        ClaimRule rule,
        IReadOnlyDictionary<string, IReadOnlyList<string>> attributes,
        MappedValues values,
        WarningCollector warnings)
    {
        var (source, raw) = FirstPresent(rule, attributes);
        if (source is null)
        {
            return;
        }
        var kind = CommonClaims.Kinds[rule.Claim];
        if (kind == ClaimKind.LocalGovernmentCodes)
        {
            values.ResidentOfSource = source;
            foreach (var item in raw)
            {
                if (Convert(rule, source, kind, item, warnings) is { } code && !values.ResidentOf.Contains(code))
                {
                    values.ResidentOf.Add(code);
                }
            }
            return;
        }
        if (raw.Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            warnings.Add(rule.Claim, source, "value.ambiguous", "The attribute carries several different values for a single-valued claim.");
            return;
        }
        if (Convert(rule, source, kind, raw[0], warnings) is { } value)
        {
            values.Set(rule.Claim, value, source);
        }
    }

    private string? Convert(ClaimRule rule, string source, ClaimKind kind, string raw, WarningCollector warnings)
    {
        var value = raw;
        foreach (var name in rule.Convert)
        {
            if (!converters.TryGet(name, out var converter))
            {
                warnings.Add(rule.Claim, source, "mapping.converter_unknown", $"The profile names converter '{name}', which is not registered.");
                return null;
            }
            var result = converter.Convert(value);
            if (result.IsFailure)
            {
                warnings.Add(rule.Claim, source, result.ErrorCode!, result.ErrorMessage!);
                return null;
            }
            if (result.IsAbsent)
            {
                return null;
            }
            value = result.Value!;
        }
        if (!CanonicalForm.IsCanonical(kind, value))
        {
            warnings.Add(rule.Claim, source, "schema.not_canonical", $"The converted value is not in the canonical form of a {kind} claim.");
            return null;
        }
        return value;
    }

    private static (string? Source, IReadOnlyList<string> Values) FirstPresent(
        ClaimRule rule, IReadOnlyDictionary<string, IReadOnlyList<string>> attributes)
    {
        foreach (var source in rule.From)
        {
            if (attributes.TryGetValue(source, out var found))
            {
                var present = found.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
                if (present.Count > 0)
                {
                    return (source, present);
                }
            }
        }
        return (null, []);
    }
}
