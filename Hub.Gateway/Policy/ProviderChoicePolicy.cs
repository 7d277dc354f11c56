using Hub.TrustList.Lookup;
using Hub.TrustList.Model;

namespace Hub.Gateway.Policy;

/// <summary>
/// What the choice page offers: every accredited provider and accredited brand of the current trust list, those
/// that cannot reach the required level greyed with the reason. Suspended and withdrawn entries are not listed.
/// </summary>
public static class ProviderChoicePolicy
{
    public static IReadOnlyList<ProviderOption> Options(TrustListSnapshot snapshot, LevelOfAssurance required)
    {
        var options = new List<ProviderOption>();
        foreach (var provider in snapshot.Document.IdentityProviders.Where(p => p.Status == EntryStatus.Accredited))
        {
            var unavailable = provider.MaxLoa < required ? ProviderUnavailability.LevelTooLow : (ProviderUnavailability?)null;
            options.Add(new ProviderOption(provider.Id, null, provider.DisplayName, null, provider.Regions, provider.MaxLoa, unavailable));
            foreach (var brand in provider.Brands.Where(b => b.Status == EntryStatus.Accredited))
            {
                options.Add(new ProviderOption(provider.Id, brand.Id, brand.DisplayName, brand.LogoText, brand.Regions, provider.MaxLoa, unavailable));
            }
        }
        return [.. options.OrderBy(o => o.Unavailable.HasValue)];
    }
}
