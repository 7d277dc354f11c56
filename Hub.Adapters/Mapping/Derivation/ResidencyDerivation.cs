using Hub.Adapters.Mapping.Address;
using Hub.Adapters.Mapping.Engine;
using Hub.Adapters.Mapping.Schema;

namespace Hub.Adapters.Mapping.Derivation;

/// <summary>
/// resident_of: the municipality's local government code and its prefecture's (102016 → [102016, 100005]), from the
/// address's code or sent directly. If a provider sends both and they disagree, resident_of is dropped.
/// </summary>
internal static class ResidencyDerivation
{
    public static IReadOnlyList<string>? Derive(string? addressCode, MappedValues values, WarningCollector warnings)
    {
        var derived = addressCode is null ? null : WithPrefectures([addressCode]);
        var direct = values.ResidentOf.Count == 0 ? null : WithPrefectures(values.ResidentOf);
        if (derived is not null && direct is not null && !derived.ToHashSet().SetEquals(direct))
        {
            warnings.Add(CommonClaims.ResidentOf, values.ResidentOfSource ?? "(derived)", "resident_of.inconsistent",
                "The provider's residence codes disagree with the address's local government code; resident_of is dropped.");
            return null;
        }
        return direct ?? derived;
    }

    private static List<string> WithPrefectures(IEnumerable<string> codes)
    {
        var result = new List<string>();
        foreach (var code in codes)
        {
            foreach (var candidate in new[] { code, Prefectures.CodeOf(code) })
            {
                if (!result.Contains(candidate))
                {
                    result.Add(candidate);
                }
            }
        }
        return result;
    }
}
