using System.Collections.Concurrent;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Trust;
using Hub.TrustList.Common;
using Microsoft.Extensions.Logging;

namespace Hub.Adapters.Oidc.Discovery;

/// <summary>
/// The endpoints to use for a provider: those pinned in the trust list, refreshed from the provider's discovery
/// document when the entry names one. Discovery never supplies keys. An unreachable discovery endpoint falls back
/// to the pinned endpoints; a document with another issuer fails the flow.
/// </summary>
internal sealed class ProviderEndpointResolver(
    DiscoveryDocumentFetcher fetcher, OidcAdapterOptions options, TimeProvider timeProvider, ILogger logger)
{
    private readonly ConcurrentDictionary<string, CachedEndpoints> _cache = new(StringComparer.Ordinal);

    public async Task<Result<ProviderEndpoints, AdapterError>> ResolveAsync(AccreditedProvider provider, CancellationToken cancellationToken)
    {
        var metadata = provider.Metadata;
        var pinned = new ProviderEndpoints(metadata.AuthorizationEndpoint, metadata.TokenEndpoint, metadata.UserinfoEndpoint);
        if (options.RequireHttps && !EndpointSecurity.AllSecure(pinned, metadata.DiscoveryUrl))
        {
            return OidcErrors.Rejected(OidcErrorCodes.EndpointNotHttps, $"Provider '{provider.Entry.Id}' has a non-https endpoint.");
        }
        if (!options.UseDiscovery || metadata.DiscoveryUrl is null)
        {
            return Result<ProviderEndpoints, AdapterError>.Ok(pinned);
        }
        var now = timeProvider.GetUtcNow();
        if (_cache.TryGetValue(provider.Entry.Id, out var cached) && cached.IsFor(metadata) && cached.ExpiresAt > now)
        {
            return Result<ProviderEndpoints, AdapterError>.Ok(cached.Endpoints);
        }
        var fetched = await fetcher.FetchAsync(provider, pinned, cancellationToken).ConfigureAwait(false);
        if (!fetched.IsSuccess)
        {
            if (fetched.Error!.Kind != AdapterErrorKind.Unavailable)
            {
                return fetched.Error;
            }
            OidcLog.DiscoveryFallback(logger, provider.Entry.Id, fetched.Error.Message);
            return Result<ProviderEndpoints, AdapterError>.Ok(pinned);
        }
        _cache[provider.Entry.Id] = new CachedEndpoints(
            fetched.Value, metadata.Issuer, metadata.DiscoveryUrl, now + options.DiscoveryCacheDuration);
        return fetched;
    }

    private sealed record CachedEndpoints(ProviderEndpoints Endpoints, string Issuer, Uri DiscoveryUrl, DateTimeOffset ExpiresAt)
    {
        /// <summary>A new trust list may change the issuer or discovery URL: the cached document is then stale.</summary>
        public bool IsFor(Hub.TrustList.Model.OidcProviderMetadata metadata)
            => string.Equals(Issuer, metadata.Issuer, StringComparison.Ordinal) && DiscoveryUrl == metadata.DiscoveryUrl;
    }
}
