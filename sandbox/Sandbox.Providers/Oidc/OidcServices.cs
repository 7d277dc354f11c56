using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Common;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Html;
using Sandbox.Providers.Keys;
using Sandbox.Providers.Oidc.Authorize;
using Sandbox.Providers.Oidc.Token;

namespace Sandbox.Providers.Oidc;

/// <summary>What the endpoints of one sandbox OP share: configuration, keys, codes, tokens and pending logins.</summary>
internal sealed class OidcServices
{
    public const string AuthorizePath = "/authorize";
    public const string LoginPath = "/login";
    public const string TokenPath = "/token";
    public const string UserinfoPath = "/userinfo";
    public const string JwksPath = "/jwks";
    public const string DiscoveryPath = "/.well-known/openid-configuration";

    private readonly SiteUrl _site;

    public OidcServices(
        OidcProviderProfile profile, OidcSandboxProviderOptions options, SiteUrl site, JwkSigningKey signingKey,
        IReadOnlyList<SecurityKey>? clientKeys, ILogger logger)
    {
        Profile = profile;
        Options = options;
        _site = site;
        SigningKey = signingKey;
        Logger = logger;
        Validator = new AuthorizeRequestValidator(options, profile);
        Pending = new ExpiringStore<ValidatedAuthorizeRequest>(options.TimeProvider, options.StoreCapacity);
        Codes = new AuthorizationCodeStore(options.TimeProvider, options.StoreCapacity, allowReuse: options.Faults.HasFlag(SandboxFaults.CodeAcceptedTwice));
        AccessTokens = new ExpiringStore<AccessTokenGrant>(options.TimeProvider, options.StoreCapacity);
        ClientAuthenticator = new ClientAuthenticator(options, clientKeys, new ExpiringStore<string>(options.TimeProvider, options.StoreCapacity));
        IdTokens = new IdTokenIssuer(signingKey, options.TimeProvider, options.TokenLifetime, options.Faults);
    }

    public OidcProviderProfile Profile { get; }

    public OidcSandboxProviderOptions Options { get; }

    public JwkSigningKey SigningKey { get; }

    public ILogger Logger { get; }

    public AuthorizeRequestValidator Validator { get; }

    public ExpiringStore<ValidatedAuthorizeRequest> Pending { get; }

    public AuthorizationCodeStore Codes { get; }

    public ExpiringStore<AccessTokenGrant> AccessTokens { get; }

    public ClientAuthenticator ClientAuthenticator { get; }

    public IdTokenIssuer IdTokens { get; }

    /// <summary>The issuer: the public base URL, no trailing slash.</summary>
    public string Issuer => _site.Base;

    public string Url(string path) => _site.Combine(path);

    public IEnumerable<TestAccount> Accounts => Profile.Residents.Select(r =>
        new TestAccount(r.Username, r.Password, r.Description, r.Level.ToString()));
}
