using Hub.Adapters.Abstractions;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Trust;

/// <summary>
/// Looks the provider (and brand) up in the CURRENT trust list. Called before anything is sent to a provider and
/// again when its answer arrives, so a suspension in between takes effect at once.
/// </summary>
internal static class ProviderAccreditation
{
    public static Result<AccreditedProvider, AdapterError> Check(ITrustListSource trustList, string providerId, string? brandId)
    {
        var snapshot = trustList.Current;
        if (snapshot is null)
        {
            return new AdapterError(OidcErrorCodes.TrustListUnavailable, "No verified trust list is loaded.", AdapterErrorKind.Unavailable);
        }
        var provider = snapshot.FindProvider(providerId);
        if (provider is null || provider.Status != EntryStatus.Accredited)
        {
            return NotAccredited($"Provider '{providerId}' is {Describe(provider?.Status)} in trust list {snapshot.Sequence}.");
        }
        if (provider.Protocol != ProviderProtocol.Oidc || provider.Oidc is null)
        {
            return OidcErrors.Rejected(OidcErrorCodes.NotOidcProvider, $"Provider '{providerId}' is not an OpenID provider.");
        }
        BrandEntry? brand = null;
        if (brandId is not null)
        {
            var found = snapshot.FindBrand(brandId);
            if (found is not { } pair
                || !string.Equals(pair.Provider.Id, provider.Id, StringComparison.Ordinal)
                || pair.Brand.Status != EntryStatus.Accredited)
            {
                return NotAccredited($"Brand '{brandId}' of provider '{providerId}' is {Describe(found?.Brand.Status)} in trust list {snapshot.Sequence}.");
            }
            brand = pair.Brand;
        }
        return Result<AccreditedProvider, AdapterError>.Ok(new AccreditedProvider(provider, provider.Oidc, brand));
    }

    private static AdapterError NotAccredited(string message) => new(OidcErrorCodes.NotAccredited, message, AdapterErrorKind.NotAccredited);

    private static string Describe(EntryStatus? status) => status switch
    {
        null => "unknown",
        EntryStatus.Suspended => "suspended",
        EntryStatus.Withdrawn => "withdrawn",
        _ => "not usable",
    };
}
