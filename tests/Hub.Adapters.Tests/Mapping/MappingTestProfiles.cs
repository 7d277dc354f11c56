using Hub.Adapters.Mapping.Model;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Mapping;

/// <summary>Small in-code profiles for engine tests; the shipped profiles are tested through the translator.</summary>
internal static class MappingTestProfiles
{
    public static MappingProfile With(params ClaimRule[] rules) => new()
    {
        Profile = "test-v1",
        Protocol = ProviderProtocol.Oidc,
        Claims = rules,
    };

    public static ClaimRule Rule(string claim, string from, params string[] convert) =>
        new() { Claim = claim, From = [from], Convert = convert };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes(params (string Name, string Value)[] values) =>
        values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(v => v.Value).ToList());
}
