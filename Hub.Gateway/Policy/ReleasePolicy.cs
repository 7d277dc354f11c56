using Hub.Adapters.Identity;
using Hub.Gateway.OpenIdProvider.Release;
using Hub.TrustList.Model;

namespace Hub.Gateway.Policy;

/// <summary>
/// Attribute release, before consent: what the RP may request (trust list) and did request, and the provider
/// delivered. The consent step then narrows it to what the person approves. The OpenID provider applies the same
/// intersection again when it issues the code (defence in depth).
/// </summary>
public static class ReleasePolicy
{
    public static IReadOnlyList<ClaimToShare> ClaimsToShare(RelyingPartyEntry relyingParty, IEnumerable<string> releasable, InternalIdentity identity)
    {
        var shares = new List<ClaimToShare>();
        foreach (var claim in releasable.Distinct(StringComparer.Ordinal))
        {
            var permission = relyingParty.AllowedClaims.FirstOrDefault(p => string.Equals(p.Claim, claim, StringComparison.Ordinal));
            if (permission is null || CommonClaimValues.Read(identity, claim) is not { } value)
            {
                continue;
            }
            shares.Add(new ClaimToShare(claim, value, permission.Purpose, permission.Required, permission.PurposeVersion));
        }
        // The RP's own order (the trust list's), so the page reads as the RP describes its needs.
        return [.. shares.OrderBy(s => IndexOf(relyingParty, s.Claim))];
    }

    private static int IndexOf(RelyingPartyEntry relyingParty, string claim)
    {
        for (var i = 0; i < relyingParty.AllowedClaims.Count; i++)
        {
            if (string.Equals(relyingParty.AllowedClaims[i].Claim, claim, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
