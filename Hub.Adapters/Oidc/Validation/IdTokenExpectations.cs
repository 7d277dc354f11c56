using Hub.TrustList.Model;

namespace Hub.Adapters.Oidc.Validation;

/// <summary>What an ID token must match: the pinned provider data and the nonce of this flow.</summary>
internal sealed record IdTokenExpectations(OidcProviderMetadata Provider, string Nonce)
{
    public string Issuer => Provider.Issuer;

    public string ClientId => Provider.ClientId;
}
