using Hub.TrustList.Lookup;
using Hub.TrustList.Model;

namespace Hub.Gateway.Policy;

/// <summary>
/// A provider (and brand) that can serve a login, checked against the CURRENT trust list: accredited (the brand too)
/// and able to reach the required level. Resolved from a provider id or a brand id (<c>idp_hint</c> or the choice).
/// </summary>
public sealed record ProviderRoute(IdentityProviderEntry Provider, BrandEntry? Brand)
{
    public string ProviderId => Provider.Id;

    public string? BrandId => Brand?.Id;

    /// <summary>The route for <paramref name="providerOrBrandId"/>, or why there is none.</summary>
    public static (ProviderRoute? Route, RouteRefusal Refusal) Resolve(TrustListSnapshot? snapshot, string? providerOrBrandId, LevelOfAssurance required)
    {
        if (snapshot is null || string.IsNullOrEmpty(providerOrBrandId))
        {
            return (null, RouteRefusal.Unknown);
        }
        ProviderRoute route;
        if (snapshot.FindProvider(providerOrBrandId) is { } provider)
        {
            route = new ProviderRoute(provider, null);
        }
        else if (snapshot.FindBrand(providerOrBrandId) is { } brand)
        {
            route = new ProviderRoute(brand.Provider, brand.Brand);
        }
        else
        {
            return (null, RouteRefusal.Unknown);
        }
        if (route.Provider.Status != EntryStatus.Accredited || route.Brand is { Status: not EntryStatus.Accredited })
        {
            return (null, RouteRefusal.NotAccredited);
        }
        return route.Provider.MaxLoa < required ? (null, RouteRefusal.LevelTooLow) : (route, RouteRefusal.None);
    }

    /// <summary>Checks again, in the current list, a route chosen earlier in the flow.</summary>
    public static RouteRefusal Recheck(TrustListSnapshot? snapshot, string providerId, string? brandId, LevelOfAssurance required)
    {
        var (route, refusal) = Resolve(snapshot, brandId ?? providerId, required);
        if (route is not null && !string.Equals(route.ProviderId, providerId, StringComparison.Ordinal))
        {
            return RouteRefusal.Unknown;
        }
        return refusal;
    }
}

public enum RouteRefusal
{
    None,
    Unknown,
    NotAccredited,
    LevelTooLow,
}
