using System.Text.Json;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.Adapters.Oidc.Callback;
using Hub.Adapters.Oidc.Claims;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Discovery;
using Hub.Adapters.Oidc.Requests;
using Hub.Adapters.Oidc.Tokens;
using Hub.Adapters.Oidc.Trust;
using Hub.Adapters.Oidc.Userinfo;
using Hub.Adapters.Oidc.Validation;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Oidc;

/// <summary>
/// The relying-party side toward OpenID providers: authorization code flow with PKCE, ID tokens checked only
/// against keys pinned in the trust list, optional userinfo, then translation into the internal identity.
/// </summary>
internal sealed class OidcAdapter : IProviderAdapter
{
    private readonly ITrustListSource _trustList;
    private readonly IAssertionTranslator _translator;
    private readonly TimeProvider _timeProvider;
    private readonly ISecureRandom _random;
    private readonly OidcAdapterOptions _options;
    private readonly ILogger _logger;
    private readonly ProviderEndpointResolver _endpoints;
    private readonly AuthorizationResponseValidator _responseValidator;
    private readonly TokenClient _tokens;
    private readonly IdTokenValidator _idTokens;
    private readonly UserinfoClient _userinfo;

    public OidcAdapter(
        ITrustListSource trustList,
        IAssertionTranslator translator,
        IReplayCache replayCache,
        TimeProvider timeProvider,
        ISecureRandom random,
        IHttpClientFactory httpClientFactory,
        IOptions<OidcAdapterOptions> options,
        ILogger<OidcAdapter> logger)
    {
        _trustList = trustList;
        _translator = translator;
        _timeProvider = timeProvider;
        _random = random;
        _options = options.Value;
        _logger = logger;
        _endpoints = new ProviderEndpointResolver(new DiscoveryDocumentFetcher(httpClientFactory, _options), _options, timeProvider, logger);
        _responseValidator = new AuthorizationResponseValidator(replayCache, _options, timeProvider);
        _tokens = new TokenClient(httpClientFactory, new ClientAuthenticator(_options, random, timeProvider));
        _idTokens = new IdTokenValidator(_options, timeProvider);
        _userinfo = new UserinfoClient(httpClientFactory);
    }

    public ProviderProtocol Protocol => ProviderProtocol.Oidc;

    public async Task<Result<OutgoingRequest, AdapterError>> BeginAsync(
        AuthenticationRequestContext context, CancellationToken cancellationToken)
    {
        var provider = ProviderAccreditation.Check(_trustList, context.ProviderId, context.BrandId);
        if (!provider.IsSuccess)
        {
            return Refuse<OutgoingRequest>(context.ProviderId, provider.Error!);
        }
        var endpoints = await _endpoints.ResolveAsync(provider.Value, cancellationToken).ConfigureAwait(false);
        if (!endpoints.IsSuccess)
        {
            return Refuse<OutgoingRequest>(context.ProviderId, endpoints.Error!);
        }
        var request = AuthorizationRequestBuilder.Build(
            context, provider.Value, endpoints.Value, _options, _random, _timeProvider.GetUtcNow());
        OidcLog.RequestBuilt(_logger, context.ProviderId, context.BrandId, context.RequiredLoa.ToString());
        return Result<OutgoingRequest, AdapterError>.Ok(request);
    }

    public async Task<Result<InternalIdentity, AdapterError>> CompleteAsync(
        ProviderCallback callback, PendingAuthentication pending, CancellationToken cancellationToken)
    {
        var result = await CompleteCoreAsync(callback, pending, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return Refuse<InternalIdentity>(pending.ProviderId, result.Error!);
        }
        OidcLog.Completed(_logger, pending.ProviderId);
        return result;
    }

    private async Task<Result<InternalIdentity, AdapterError>> CompleteCoreAsync(
        ProviderCallback callback, PendingAuthentication pending, CancellationToken cancellationToken)
    {
        // Checked again now: the provider or brand may have been suspended while the person was away.
        var provider = ProviderAccreditation.Check(_trustList, pending.ProviderId, pending.BrandId);
        if (!provider.IsSuccess)
        {
            return provider.Error!;
        }
        var metadata = provider.Value.Metadata;
        var code = await _responseValidator.ValidateAsync(AuthorizationResponse.From(callback), pending, metadata, cancellationToken)
            .ConfigureAwait(false);
        if (!code.IsSuccess)
        {
            return code.Error!;
        }
        var endpoints = await _endpoints.ResolveAsync(provider.Value, cancellationToken).ConfigureAwait(false);
        if (!endpoints.IsSuccess)
        {
            return endpoints.Error!;
        }
        var tokens = await _tokens.RedeemAsync(
            provider.Value, endpoints.Value, code.Value, pending.Values[OidcPendingKeys.CodeVerifier], pending.CallbackUrl, cancellationToken)
            .ConfigureAwait(false);
        if (!tokens.IsSuccess)
        {
            return tokens.Error!;
        }
        var idToken = await _idTokens.ValidateAsync(tokens.Value.IdToken, new IdTokenExpectations(metadata, pending.Values[OidcPendingKeys.Nonce]))
            .ConfigureAwait(false);
        if (!idToken.IsSuccess)
        {
            return idToken.Error!;
        }
        JsonElement? userinfo = null;
        if (metadata.UseUserinfo)
        {
            var fetched = await FetchUserinfoAsync(provider.Value, endpoints.Value, tokens.Value, idToken.Value, cancellationToken)
                .ConfigureAwait(false);
            if (!fetched.IsSuccess)
            {
                return fetched.Error!;
            }
            userinfo = fetched.Value;
        }
        var assertion = AssertionBuilder.Build(provider.Value.Entry.Id, idToken.Value, userinfo);
        return _translator.Translate(assertion, provider.Value.Entry, pending);
    }

    private async Task<Result<JsonElement, AdapterError>> FetchUserinfoAsync(
        AccreditedProvider provider, ProviderEndpoints endpoints, TokenSet tokens, ValidatedIdToken idToken, CancellationToken cancellationToken)
    {
        if (endpoints.UserinfoEndpoint is null)
        {
            return OidcErrors.Rejected(OidcErrorCodes.UserinfoEndpointMissing, "The provider uses userinfo but no userinfo endpoint is known.");
        }
        if (string.IsNullOrEmpty(tokens.AccessToken))
        {
            return OidcErrors.Rejected(OidcErrorCodes.AccessTokenMissing, "The token response carries no access_token for userinfo.");
        }
        var userinfo = await _userinfo.GetAsync(provider.Entry.Id, endpoints.UserinfoEndpoint, tokens.AccessToken, cancellationToken)
            .ConfigureAwait(false);
        if (!userinfo.IsSuccess)
        {
            return userinfo;
        }
        return UserinfoSubjectRule.Check(userinfo.Value, idToken) is { } mismatch ? mismatch : userinfo;
    }

    private Result<T, AdapterError> Refuse<T>(string providerId, AdapterError error)
    {
        OidcLog.Refused(_logger, providerId, error.Code, error.Kind.ToString(), error.Message);
        return Result<T, AdapterError>.Fail(error);
    }
}
