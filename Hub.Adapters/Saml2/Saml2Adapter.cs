using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Hub.Adapters.Abstractions;
using Hub.Adapters.Identity;
using Hub.Adapters.Saml2.Bindings;
using Hub.Adapters.Saml2.Options;
using Hub.Adapters.Saml2.Requests;
using Hub.Adapters.Saml2.Signature;
using Hub.Adapters.Saml2.Validation;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Saml2;

/// <summary>
/// The SP side of the SAML 2.0 Web Browser SSO profile: a signed AuthnRequest over HTTP-Redirect, and the
/// Response over HTTP-POST validated against the certificates pinned in the current trust list, then translated.
/// Internal because <see cref="IAssertionTranslator"/> is; found by Scrutor scanning (public constructor).
/// </summary>
internal sealed class Saml2Adapter : IProviderAdapter
{
    /// <summary>The key of the request ID in <see cref="PendingAuthentication.Values"/>.</summary>
    public const string RequestIdKey = "saml.request_id";

    private readonly ITrustListSource _trustList;
    private readonly IAssertionTranslator _translator;
    private readonly TimeProvider _timeProvider;
    private readonly ISecureRandom _random;
    private readonly Saml2SpOptions _options;
    private readonly ILogger<Saml2Adapter> _logger;
    private readonly Saml2ResponseValidator _validator;
    private readonly Lazy<X509Certificate2> _credential;
    private readonly ThreadLocal<AsymmetricAlgorithm> _signingKey;

    public Saml2Adapter(
        ITrustListSource trustList,
        IAssertionTranslator translator,
        IReplayCache replayCache,
        TimeProvider timeProvider,
        ISecureRandom random,
        IOptions<Saml2SpOptions> options,
        ILogger<Saml2Adapter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _trustList = trustList;
        _translator = translator;
        _timeProvider = timeProvider;
        _random = random;
        _options = options.Value;
        _logger = logger;
        _validator = new Saml2ResponseValidator(replayCache, timeProvider);
        _credential = new(LoadCredential);
        _signingKey = new(() => (AsymmetricAlgorithm?)_credential.Value.GetRSAPrivateKey() ?? _credential.Value.GetECDsaPrivateKey()!);
    }

    public ProviderProtocol Protocol => ProviderProtocol.Saml2;

    public Task<Result<OutgoingRequest, AdapterError>> BeginAsync(AuthenticationRequestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (provider, error) = Saml2ProviderResolver.Resolve(_trustList, context.ProviderId, context.BrandId);
        if (error is not null)
        {
            Saml2Log.RequestRefused(_logger, context.ProviderId, error.Code);
            return Task.FromResult(Result<OutgoingRequest, AdapterError>.Fail(error));
        }
        var now = _timeProvider.GetUtcNow();
        var requestId = Saml2RequestId.New(_random);
        var relayState = _random.NextToken(32);
        var xml = AuthnRequestBuilder.Build(new AuthnRequestParameters(
            requestId, now, provider!.Saml2!.SingleSignOnServiceUrl, _options.EntityId, _options.AssertionConsumerServiceUrl, context.RequiredLoa));
        // One key object per thread: key objects are not documented as safe for concurrent use.
        var query = Saml2RedirectBinding.EncodeSigned(Saml2Constants.Parameters.SamlRequest, xml, relayState, _signingKey.Value!);
        var pending = new PendingAuthentication(
            context.ProviderId, context.BrandId, context.RequiredLoa, context.CallbackUrl, relayState, now,
            new Dictionary<string, string>(StringComparer.Ordinal) { [RequestIdKey] = requestId });
        Saml2Log.RequestSent(_logger, context.ProviderId, requestId);
        var url = Saml2RedirectBinding.BuildUrl(provider.Saml2.SingleSignOnServiceUrl, query);
        return Task.FromResult(Result<OutgoingRequest, AdapterError>.Ok(new OutgoingRequest(url, pending)));
    }

    public async Task<Result<InternalIdentity, AdapterError>> CompleteAsync(
        ProviderCallback callback, PendingAuthentication pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(pending);
        var (provider, error) = Saml2ProviderResolver.Resolve(_trustList, pending.ProviderId, pending.BrandId);
        var assertion = error is null ? await ValidateAsync(callback, pending, provider!, cancellationToken).ConfigureAwait(false) : error;
        if (!assertion.IsSuccess)
        {
            Saml2Log.ResponseRejected(_logger, pending.ProviderId, assertion.Error!.Code, assertion.Error.Message);
            return assertion.Error;
        }
        Saml2Log.ResponseAccepted(_logger, pending.ProviderId);
        return _translator.Translate(assertion.Value, provider!, pending);
    }

    private async Task<Result<ProviderAssertion, AdapterError>> ValidateAsync(
        ProviderCallback callback, PendingAuthentication pending, IdentityProviderEntry provider, CancellationToken cancellationToken)
    {
        if (!string.Equals(callback.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.Binding, "The Response must arrive by HTTP-POST.");
        }
        if (!callback.Form.TryGetValue(Saml2Constants.Parameters.RelayState, out var relayState) || !SameText(relayState, pending.Correlation))
        {
            return Saml2Error.Reject(Saml2ErrorCodes.RelayState, "The RelayState does not belong to this flow.");
        }
        var xml = Saml2PostBinding.DecodeResponse(callback.Form, _options.MaxResponseBase64Length);
        if (!xml.IsSuccess)
        {
            return xml.Error!;
        }
        var parameters = new Saml2ValidationParameters(
            provider.Id,
            provider.Saml2!.EntityId,
            PinnedSigningKeys.FromBase64Der(provider.Saml2.SigningCertificates),
            _options.EntityId,
            _options.AssertionConsumerServiceUrl,
            pending.Values.GetValueOrDefault(RequestIdKey) ?? string.Empty,
            _options.ClockSkew);
        Result<Valid<Model.Saml2Assertion>, AdapterError> valid;
        try
        {
            valid = await _validator.ValidateAsync(xml.Value, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Hostile input must never become a 500: whatever the XML stack throws is a rejection.
            return Saml2Error.Reject(Saml2ErrorCodes.XmlMalformed, $"The Response could not be processed ({e.GetType().Name}).");
        }
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }
        return Result<ProviderAssertion, AdapterError>.Ok(
            Saml2ProviderAssertionFactory.Create(valid.Value, provider.Id, _options.AmrAttributeNames));
    }

    private static bool SameText(string a, string b)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    /// <summary>Loaded once; <see cref="Saml2SpOptionsValidator"/> has already proved it loads at start.</summary>
    private X509Certificate2 LoadCredential()
    {
        var (certificate, error) = Saml2SpCredential.Load(_options);
        return certificate ?? throw new InvalidOperationException(error);
    }
}
