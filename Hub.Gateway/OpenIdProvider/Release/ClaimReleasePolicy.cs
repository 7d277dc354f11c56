using System.Text.Json.Nodes;
using Hub.Adapters.Identity;
using Hub.TrustList.Model;

namespace Hub.Gateway.OpenIdProvider.Release;

/// <summary>
/// Attribute release as a policy step that knows nothing of OpenID Connect: a claim is released only if the trust
/// list allows the RP to request it, the RP requested it (scope or claims parameter), the person consented to it,
/// and the provider delivered a value.
/// </summary>
public static class ClaimReleasePolicy
{
    /// <summary>What the consent step should ask about: allowed for the RP and requested by it.</summary>
    public static IReadOnlySet<string> Releasable(RelyingPartyEntry relyingParty, IReadOnlySet<string> requested)
    {
        var allowed = relyingParty.AllowedClaims.Select(c => c.Claim).ToHashSet(StringComparer.Ordinal);
        return requested.Where(c => allowed.Contains(c) && CommonClaimNames.All.Contains(c)).ToHashSet(StringComparer.Ordinal);
    }

    public static ReleasedClaims Release(
        RelyingPartyEntry relyingParty, IReadOnlySet<string> requested, IReadOnlySet<string> consented, InternalIdentity identity)
    {
        var values = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var claim in Releasable(relyingParty, requested))
        {
            if (!consented.Contains(claim))
            {
                continue;
            }
            if (CommonClaimValues.Read(identity, claim) is { } value)
            {
                values[claim] = value;
            }
        }
        return new ReleasedClaims(values);
    }
}
