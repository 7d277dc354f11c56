using Hub.Adapters.Identity;
using Hub.TrustList.Model;

namespace Hub.Gateway.Policy;

/// <summary>
/// The level policy: the effective level (the provider's assertion capped by the trust list, as the adapter
/// computed it) must reach the required level. Never a downgrade: a login below it ends the flow.
/// </summary>
public static class LoaPolicy
{
    public static bool IsMet(InternalIdentity identity, LevelOfAssurance required)
        => identity.EffectiveLoa >= required;
}
