using System.Globalization;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Policy;

/// <summary>
/// When the consent page can be skipped: a standing consent of this person for this RP covers every claim to share,
/// each with the purpose text version the person agreed to. A new claim or a new purpose text asks again.
/// </summary>
public static class ConsentPolicy
{
    public static bool Covers(ConsentGrant? grant, IReadOnlyList<ClaimToShare> claims)
    {
        if (grant is null)
        {
            return false;
        }
        var granted = grant.Claims.ToHashSet(StringComparer.Ordinal);
        return claims.All(c => granted.Contains(c.Claim)
            && grant.PurposeVersions.TryGetValue(c.Claim, out var version)
            && version == PurposeVersion(c));
    }

    /// <summary>The purpose versions of the claims, as a consent record keeps them.</summary>
    public static IReadOnlyDictionary<string, string> PurposeVersions(IEnumerable<ClaimToShare> claims)
        => claims.ToDictionary(c => c.Claim, PurposeVersion, StringComparer.Ordinal);

    /// <summary>
    /// What the person approved: every required claim (they cannot be unchecked) plus the optional ones they kept.
    /// Claims not on the page are ignored.
    /// </summary>
    public static IReadOnlyList<ClaimToShare> Approved(IReadOnlyList<ClaimToShare> claims, IEnumerable<string> selectedOptional)
    {
        var selected = selectedOptional.ToHashSet(StringComparer.Ordinal);
        return [.. claims.Where(c => c.Required || selected.Contains(c.Claim))];
    }

    private static string PurposeVersion(ClaimToShare claim) => claim.PurposeVersion.ToString(CultureInfo.InvariantCulture);
}
