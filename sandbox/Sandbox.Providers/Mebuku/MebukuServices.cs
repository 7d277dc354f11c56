using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sandbox.Providers.Common;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Html;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Response;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku;

/// <summary>What the Mebuku endpoints share: configuration, keys, the pending logins and how to answer the SP.</summary>
internal sealed class MebukuServices(
    MebukuProviderOptions options, SiteUrl site, XmlSigner signer, RedirectBindingReader reader, ILogger logger)
{
    public const string MetadataPath = "/saml/metadata";
    public const string SsoPath = "/saml/sso";
    public const string LoginPath = "/saml/login";

    public static BrandLook Look { get; } = new("めぶくID", "Mebuku ID", "#2e7d32");

    public MebukuProviderOptions Options => options;

    public XmlSigner Signer => signer;

    public RedirectBindingReader Reader => reader;

    public ILogger Logger => logger;

    public AuthnRequestValidator Validator { get; } = new(options, options.TimeProvider);

    public ExpiringStore<ValidatedAuthnRequest> Pending { get; } = new(options.TimeProvider);

    public SamlResponseFactory Responses => field ??= new(signer, () => EntityId, options.AssertionLifetime, options.TimeProvider, options.Random, options.Faults);

    public string EntityId => options.EntityId ?? site.Combine(MetadataPath);

    public string SsoUrl => site.Combine(SsoPath);

    public IEnumerable<TestAccount> Accounts => MebukuResidents.All.Select(r =>
        new TestAccount(r.Username, r.Password, $"{r.Name} ({r.LgCode})", r.Level.ToString()));

    public Task ErrorAsync(HttpContext context, SamlRequestError error)
    {
        SandboxLog.SamlRequestRejected(logger, error.Code);
        return ErrorPage.WriteAsync(context, StatusCodes.Status400BadRequest, Look, error.Code, error.Message, options.Random);
    }

    public Task FailureAsync(HttpContext context, ValidatedAuthnRequest request, string status, string subStatus, string message)
    {
        SandboxLog.SamlResponseSent(logger, subStatus);
        return PostAsync(context, request, Responses.Failure(request, status, subStatus, message));
    }

    public Task SuccessAsync(HttpContext context, ValidatedAuthnRequest request, MebukuResident resident)
    {
        SandboxLog.SamlResponseSent(logger, SamlNames.StatusSuccess);
        return PostAsync(context, request, Responses.Success(request, resident));
    }

    private Task PostAsync(HttpContext context, ValidatedAuthnRequest request, string samlResponse)
    {
        List<KeyValuePair<string, string>> fields = [new("SAMLResponse", samlResponse)];
        if (request.RelayState is not null)
        {
            fields.Add(new("RelayState", request.RelayState));
        }
        return AutoPostPage.WriteAsync(context, Look, request.AssertionConsumerServiceUrl, fields, options.Random);
    }
}
