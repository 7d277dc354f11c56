using System.Collections.Frozen;

namespace Hub.Gateway.OpenIdProvider.Release;

/// <summary>
/// Which claims a scope requests (documented in docs/openid-provider.md). The standard OIDC scopes keep their
/// meaning, with the kana readings added to <c>profile</c>; every minimising claim has a scope of its own, so an
/// RP can ask for <c>age_over_18</c> without asking for the birth date.
/// </summary>
public static class ScopeClaimMap
{
    public static FrozenDictionary<string, IReadOnlyList<string>> Map { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["profile"] =
        [
            CommonClaimNames.Name, CommonClaimNames.FamilyName, CommonClaimNames.GivenName,
            CommonClaimNames.NameKana, CommonClaimNames.FamilyNameKana, CommonClaimNames.GivenNameKana,
            CommonClaimNames.Birthdate, CommonClaimNames.Gender,
        ],
        ["email"] = [CommonClaimNames.Email, CommonClaimNames.EmailVerified],
        ["address"] = [CommonClaimNames.Address],
        ["birthdate"] = [CommonClaimNames.Birthdate],
        ["gender"] = [CommonClaimNames.Gender],
        ["age_over_18"] = [CommonClaimNames.AgeOver18],
        ["age_over_65"] = [CommonClaimNames.AgeOver65],
        ["resident_of"] = [CommonClaimNames.ResidentOf],
        ["provider"] = [CommonClaimNames.Provider],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every scope the hub accepts: <c>openid</c> plus the claim scopes.</summary>
    public static IReadOnlyList<string> Scopes { get; } = ["openid", .. Map.Keys.Order(StringComparer.Ordinal)];

    public static IEnumerable<string> ClaimsFor(IEnumerable<string> scopes)
        => scopes.SelectMany(s => Map.TryGetValue(s, out var claims) ? claims : []);
}
