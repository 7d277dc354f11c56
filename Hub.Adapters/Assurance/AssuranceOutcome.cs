using Hub.Adapters.Identity;
using Hub.TrustList.Model;

namespace Hub.Adapters.Assurance;

/// <summary>The level a provider asserted for one login, with warnings for evidence the hub did not recognise.</summary>
internal sealed record AssuranceOutcome(LevelOfAssurance Asserted, IReadOnlyList<MappingWarning> Warnings);
