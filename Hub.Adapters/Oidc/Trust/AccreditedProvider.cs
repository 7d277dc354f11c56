using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Trust;

/// <summary>An OIDC provider (and brand, if one was named) found accredited in the current trust list.</summary>
internal sealed record AccreditedProvider(IdentityProviderEntry Entry, OidcProviderMetadata Metadata, BrandEntry? Brand);
