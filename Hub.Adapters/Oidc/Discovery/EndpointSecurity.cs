namespace Hub.Adapters.Oidc.Discovery;

/// <summary>Provider endpoints must be https; plain http is allowed only on loopback (tests and the local sandbox).</summary>
internal static class EndpointSecurity
{
    public static bool AllSecure(ProviderEndpoints endpoints, Uri? discoveryUrl)
        => IsSecure(endpoints.AuthorizationEndpoint) && IsSecure(endpoints.TokenEndpoint)
            && (endpoints.UserinfoEndpoint is null || IsSecure(endpoints.UserinfoEndpoint))
            && (discoveryUrl is null || IsSecure(discoveryUrl));

    public static bool IsSecure(Uri endpoint)
        => endpoint.IsAbsoluteUri
            && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback));
}
