using Duende.IdentityModel.Client;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Callback;
using Hub.Adapters.Oidc.Discovery;
using Hub.Adapters.Oidc.Http;
using Hub.Adapters.Oidc.Trust;
using Hub.TrustList.Common;

namespace Hub.Adapters.Oidc.Tokens;

/// <summary>
/// Redeems the authorization code (with the PKCE verifier) at the provider's token endpoint, once: the POST goes
/// through the provider's resilience pipeline, which never retries it.
/// </summary>
internal sealed class TokenClient(IHttpClientFactory httpClientFactory, ClientAuthenticator authenticator)
{
    public async Task<Result<TokenSet, AdapterError>> RedeemAsync(
        AccreditedProvider provider, ProviderEndpoints endpoints, string code, string codeVerifier, Uri redirectUri,
        CancellationToken cancellationToken)
    {
        using var request = new AuthorizationCodeTokenRequest
        {
            Address = endpoints.TokenEndpoint.AbsoluteUri,
            Code = code,
            RedirectUri = redirectUri.AbsoluteUri,
            CodeVerifier = codeVerifier,
        };
        if (authenticator.Apply(request, provider) is { } notConfigured)
        {
            return notConfigured;
        }
        OidcHttp.Tag(request, provider.Entry.Id);
        var client = httpClientFactory.CreateClient(OidcHttp.ClientName);
        using var response = await client.RequestAuthorizationCodeTokenAsync(request, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (response.IsError)
        {
            return ToError(response);
        }
        if (string.IsNullOrEmpty(response.IdentityToken))
        {
            return OidcErrors.Rejected(OidcErrorCodes.IdTokenMissing, "The token response carries no id_token.");
        }
        return Result<TokenSet, AdapterError>.Ok(new TokenSet(response.IdentityToken, response.AccessToken));
    }

    private static AdapterError ToError(TokenResponse response)
    {
        if (response.ErrorType == ResponseErrorType.Exception
            || (response.HttpResponse is { } http && OidcResiliencePipeline.IsProviderFailure(http.StatusCode)))
        {
            return OidcErrors.Unavailable(
                $"Token endpoint failed ({response.ErrorType}, HTTP {(int)response.HttpStatusCode}, {response.Exception?.GetType().Name}).");
        }
        return response.ErrorType == ResponseErrorType.Protocol
            ? OidcErrors.Rejected(OidcErrorCodes.TokenError, $"The token endpoint refused the code: {ProviderErrorMapper.Known(response.Error)}.")
            : OidcErrors.Rejected(OidcErrorCodes.TokenResponseInvalid, $"Unusable token response (HTTP {(int)response.HttpStatusCode}).");
    }
}
