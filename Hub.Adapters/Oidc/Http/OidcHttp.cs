namespace Hub.Adapters.Oidc.Http;

/// <summary>
/// The one named HttpClient for every OpenID provider. The set of providers comes from the trust list at run time,
/// so instead of a client per provider, each request is tagged with its provider id and the resilience handler
/// keeps one pipeline instance (own circuit breaker) per tag.
/// </summary>
internal static class OidcHttp
{
    public const string ClientName = "hub-oidc-provider";
    public const string PipelineName = "hub-oidc-provider";

    /// <summary>Cap on any provider response body (token, userinfo, discovery).</summary>
    public const long MaxResponseBytes = 256 * 1024;

    /// <summary>The pipeline key's prefix for a request not tagged with a provider.</summary>
    public const string AuthorityKeyPrefix = "authority:";

    public static readonly HttpRequestOptionsKey<string> ProviderKey = new("hub.oidc.provider");

    public static void Tag(HttpRequestMessage request, string providerId) => request.Options.Set(ProviderKey, providerId);

    /// <summary>The pipeline key: the provider id, or the authority for an untagged request.</summary>
    public static string PipelineKey(HttpRequestMessage request)
        => request.Options.TryGetValue(ProviderKey, out var providerId)
            ? providerId
            : AuthorityKeyPrefix + request.RequestUri?.GetLeftPart(UriPartial.Authority);
}
