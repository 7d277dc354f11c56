using Hub.Adapters.Abstractions;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;

namespace Hub.Adapters.Saml2;

/// <summary>
/// Looks the provider (and brand) up in the CURRENT trust list, at both ends of a flow: a provider or brand that is
/// unknown, suspended or withdrawn is refused (<c>provider.not_accredited</c>), as is one that is not SAML.
/// </summary>
internal static class Saml2ProviderResolver
{
    public static (IdentityProviderEntry? Provider, AdapterError? Error) Resolve(ITrustListSource trustList, string providerId, string? brandId)
    {
        var snapshot = trustList.Current;
        if (snapshot is null)
        {
            return NotAccredited("No verified trust list is loaded.");
        }
        var provider = snapshot.FindProvider(providerId);
        if (provider is null || provider.Status != EntryStatus.Accredited)
        {
            return NotAccredited($"Provider '{providerId}' is not accredited in trust list {snapshot.Sequence}.");
        }
        if (brandId is not null)
        {
            var brand = snapshot.FindBrand(brandId);
            if (brand is null || !ReferenceEquals(brand.Value.Provider, provider) || brand.Value.Brand.Status != EntryStatus.Accredited)
            {
                return NotAccredited($"Brand '{brandId}' of provider '{providerId}' is not accredited in trust list {snapshot.Sequence}.");
            }
        }
        if (provider.Protocol != ProviderProtocol.Saml2 || provider.Saml2 is null)
        {
            return (null, new AdapterError(Saml2ErrorCodes.ProviderProtocol, $"Provider '{providerId}' is not a SAML 2.0 provider."));
        }
        return (provider, null);
    }

    private static (IdentityProviderEntry?, AdapterError?) NotAccredited(string message)
        => (null, new AdapterError(Saml2ErrorCodes.ProviderNotAccredited, message, AdapterErrorKind.NotAccredited));
}
