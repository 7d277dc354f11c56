namespace Hub.Adapters.Oidc.Discovery;

/// <summary>The endpoints used for one flow: pinned in the trust list, possibly refreshed by discovery.</summary>
internal sealed record ProviderEndpoints(Uri AuthorizationEndpoint, Uri TokenEndpoint, Uri? UserinfoEndpoint);
