using Hub.TrustList.Lookup;
using Hub.TrustList.Model;

namespace Hub.Gateway.Policy;

/// <summary>
/// Which providers and brands the person sees, and which of them can serve this login: accredited ones that reach
/// the required level are offered; suspended ones, or those whose maximum level is too low, are shown greyed with the
/// reason; withdrawn ones are not shown. A brand is listed as itself and routed to its provider; a suspended provider
/// suspends its brands.
/// </summary>
public static class ProviderChoicePolicy
{
    public static IReadOnlyList<ProviderOption> Options(TrustListSnapshot snapshot, LevelOfAssurance required)
        => [.. Candidates(snapshot).Select(c => Judge(c.Option, c.Status, required)).OrderBy(o => o.Unavailable.HasValue)];

    /// <summary>Every provider and brand a person may see, in trust-list order, not yet judged against a level.</summary>
    public static IEnumerable<(ProviderOption Option, EntryStatus Status)> Candidates(TrustListSnapshot snapshot)
    {
        foreach (var provider in snapshot.Document.IdentityProviders.Where(p => p.Status != EntryStatus.Withdrawn))
        {
            yield return (new ProviderOption(provider.Id, null, provider.DisplayName, null, provider.Regions, provider.MaxLoa, null), provider.Status);
            foreach (var brand in provider.Brands.Where(b => b.Status != EntryStatus.Withdrawn))
            {
                var status = provider.Status == EntryStatus.Accredited ? brand.Status : provider.Status;
                yield return (new ProviderOption(provider.Id, brand.Id, brand.DisplayName, brand.LogoText, brand.Regions, provider.MaxLoa, null), status);
            }
        }
    }

    /// <summary>The option as offered for a login that needs <paramref name="required"/>.</summary>
    public static ProviderOption Judge(ProviderOption option, EntryStatus status, LevelOfAssurance required)
        => option with
        {
            Unavailable = status != EntryStatus.Accredited ? ProviderUnavailability.Suspended
                : option.MaxLoa < required ? ProviderUnavailability.LevelTooLow
                : null,
        };
}
