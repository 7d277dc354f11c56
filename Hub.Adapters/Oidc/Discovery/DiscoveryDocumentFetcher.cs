using Duende.IdentityModel.Client;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Http;
using Hub.Adapters.Oidc.Trust;
using Hub.TrustList.Common;

namespace Hub.Adapters.Oidc.Discovery;

/// <summary>
/// Fetches a provider's discovery document and keeps only its endpoints. The GET goes through the provider's
/// resilience pipeline; Duende.IdentityModel parses the document and checks that every endpoint lies under the
/// pinned issuer. Duende's own <c>GetDiscoveryDocumentAsync</c> is not used because it also downloads the
/// <c>jwks_uri</c>, and the hub never fetches keys. The document's issuer must equal the pinned issuer exactly.
/// </summary>
internal sealed class DiscoveryDocumentFetcher(IHttpClientFactory httpClientFactory, OidcAdapterOptions options)
{
    public async Task<Result<ProviderEndpoints, AdapterError>> FetchAsync(
        AccreditedProvider provider, ProviderEndpoints pinned, CancellationToken cancellationToken)
    {
        var metadata = provider.Metadata;
        using var request = new HttpRequestMessage(HttpMethod.Get, metadata.DiscoveryUrl);
        OidcHttp.Tag(request, provider.Entry.Id);
        var client = httpClientFactory.CreateClient(OidcHttp.ClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            return OidcErrors.Unavailable($"Discovery failed ({e.GetType().Name}).");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                return OidcErrors.Unavailable($"Discovery failed (HTTP {(int)response.StatusCode}).");
            }
            var policy = new DiscoveryPolicy
            {
                Authority = metadata.Issuer,
                // The issuer is compared below, exactly and with its own error code.
                ValidateIssuerName = false,
                ValidateEndpoints = true,
                RequireKeySet = false,
                RequireHttps = options.RequireHttps,
            };
            using var document = await ProtocolResponse.FromHttpResponseAsync<DiscoveryDocumentResponse>(response, policy).ConfigureAwait(false);
            return Read(document, metadata.Issuer, pinned);
        }
    }

    private static Result<ProviderEndpoints, AdapterError> Read(DiscoveryDocumentResponse document, string issuer, ProviderEndpoints pinned)
    {
        if (document.IsError)
        {
            return OidcErrors.Rejected(OidcErrorCodes.DiscoveryInvalid, $"The discovery document is unusable ({document.ErrorType}): {document.Error}");
        }
        if (!string.Equals(document.Issuer, issuer, StringComparison.Ordinal))
        {
            return OidcErrors.Rejected(OidcErrorCodes.DiscoveryIssuerMismatch, "The discovery document names another issuer than the trust list.");
        }
        if (!Uri.TryCreate(document.AuthorizeEndpoint, UriKind.Absolute, out var authorize)
            || !Uri.TryCreate(document.TokenEndpoint, UriKind.Absolute, out var token))
        {
            return OidcErrors.Rejected(OidcErrorCodes.DiscoveryInvalid, "The discovery document lacks the authorization or token endpoint.");
        }
        var userinfo = Uri.TryCreate(document.UserInfoEndpoint, UriKind.Absolute, out var found) ? found : pinned.UserinfoEndpoint;
        return Result<ProviderEndpoints, AdapterError>.Ok(new ProviderEndpoints(authorize, token, userinfo));
    }
}
