using System.Globalization;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Policy;

/// <summary>
/// When the consent page can be skipped: a standing consent of this person for this RP has decided every claim to
/// share, with the purpose text version the person saw: a required claim granted, an optional claim granted or
/// declined. A claim never decided, a new purpose text, or an optional claim that became required asks again.
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
        var declined = (grant.Declined ?? []).ToHashSet(StringComparer.Ordinal);
        return claims.All(c => (granted.Contains(c.Claim) || (!c.Required && declined.Contains(c.Claim)))
            && grant.PurposeVersions.TryGetValue(c.Claim, out var version)
            && version == PurposeVersion(c));
    }

    /// <summary>What a standing consent that <see cref="Covers"/> the claims releases: the granted ones, never the declined.</summary>
    public static IReadOnlyList<ClaimToShare> Released(ConsentGrant grant, IReadOnlyList<ClaimToShare> claims)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var granted = grant.Claims.ToHashSet(StringComparer.Ordinal);
        return [.. claims.Where(c => granted.Contains(c.Claim))];
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

    /// <summary>The optional claims on the page that the person unchecked: declined, and remembered as such.</summary>
    public static IReadOnlyList<ClaimToShare> Declined(IReadOnlyList<ClaimToShare> claims, IReadOnlyList<ClaimToShare> approved)
    {
        var kept = approved.Select(c => c.Claim).ToHashSet(StringComparer.Ordinal);
        return [.. claims.Where(c => !kept.Contains(c.Claim))];
    }

    private static string PurposeVersion(ClaimToShare claim) => claim.PurposeVersion.ToString(CultureInfo.InvariantCulture);
}
