using Duende.IdentityModel.Client;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Http;
using Hub.Adapters.Oidc.Trust;
using Hub.TrustList.Common;

namespace Hub.Adapters.Oidc.Discovery;

/// <summary>
/// Fetches a provider's discovery document with Duende.IdentityModel (endpoints must lie under the issuer) and
/// keeps only its endpoints. The document's issuer must equal the pinned issuer exactly. Its jwks_uri is ignored.
/// </summary>
internal sealed class DiscoveryDocumentFetcher(IHttpClientFactory httpClientFactory, OidcAdapterOptions options)
{
    public async Task<Result<ProviderEndpoints, AdapterError>> FetchAsync(
        AccreditedProvider provider, ProviderEndpoints pinned, CancellationToken cancellationToken)
    {
        var metadata = provider.Metadata;
        using var request = new DiscoveryDocumentRequest
        {
            Address = metadata.DiscoveryUrl!.AbsoluteUri,
            Policy = new DiscoveryPolicy
            {
                Authority = metadata.Issuer,
                // The issuer is compared below, exactly and with its own error code.
                ValidateIssuerName = false,
                ValidateEndpoints = true,
                RequireKeySet = false,
                RequireHttps = options.RequireHttps,
            },
        };
        OidcHttp.Tag(request, provider.Entry.Id);
        var client = httpClientFactory.CreateClient(OidcHttp.ClientName);
        var document = await client.GetDiscoveryDocumentAsync(request, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.IsError)
        {
            return document.ErrorType == ResponseErrorType.PolicyViolation
                ? OidcErrors.Rejected(OidcErrorCodes.DiscoveryInvalid, "The discovery document breaks the endpoint policy: " + document.Error)
                : OidcErrors.Unavailable($"Discovery failed ({document.ErrorType}, HTTP {(int)document.HttpStatusCode}).");
        }
        if (!string.Equals(document.Issuer, metadata.Issuer, StringComparison.Ordinal))
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
