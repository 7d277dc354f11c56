namespace Hub.TrustList.Model;

/// <summary>
/// What the hub pins about an OpenID provider. Keys come only from <see cref="Jwks"/>; a discovery document
/// fetched at run time may supply endpoints but never keys.
/// </summary>
public sealed record OidcProviderMetadata(
    string Issuer,
    Uri AuthorizationEndpoint,
    Uri TokenEndpoint,
    Uri? UserinfoEndpoint,
    PublicJwkSet Jwks,
    IReadOnlyList<string> IdTokenSigningAlgValues,
    string ClientId,
    Uri? DiscoveryUrl = null,
    bool UseUserinfo = false);
