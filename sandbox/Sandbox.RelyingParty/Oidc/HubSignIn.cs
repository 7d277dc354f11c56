using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Sandbox.RelyingParty.Hosting;

namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// Sign-in through the hub with ASP.NET Core's OpenID Connect handler: authorization code flow with PKCE (S256),
/// <c>private_key_jwt</c> (see <see cref="HubOidcEvents"/>), a cookie session holding the tokens, and every call
/// to the hub through a named, resilient HttpClient.
/// </summary>
internal static class HubSignIn
{
    public const string BackchannelClient = "hub-backchannel";

    public const string CookieName = "__demo-rp";

    public static void AddHubSignIn(this IServiceCollection services, DemoRelyingPartyOptions options)
    {
        services.AddHttpClient(BackchannelClient).AddStandardResilienceHandler(resilience =>
        {
            // The code exchange is not idempotent (a code is single-use): only safe methods are retried, and
            // briefly, so that a person waiting on a hub that is down gets the error page within a second.
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.Retry.MaxRetryAttempts = 2;
            resilience.Retry.Delay = TimeSpan.FromMilliseconds(200);
        });
        services.AddSingleton<HubOidcEvents>();
        services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                authentication.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                cookie.SlidingExpiration = false;
                cookie.TimeProvider = options.TimeProvider;
            })
            .AddOpenIdConnect(oidc => Configure(oidc, options));
        services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((oidc, factory) => oidc.Backchannel = factory.CreateClient(BackchannelClient));
    }

    private static void Configure(OpenIdConnectOptions oidc, DemoRelyingPartyOptions options)
    {
        oidc.Authority = options.Authority;
        if (options.MetadataAddress is not null)
        {
            oidc.MetadataAddress = options.MetadataAddress;
        }
        // http discovery only for a hub on this machine (the demo); OptionsCheck refuses http elsewhere.
        oidc.RequireHttpsMetadata = !new Uri(options.Authority).IsLoopback
            || (options.MetadataAddress is not null && !new Uri(options.MetadataAddress).IsLoopback);
        // Re-read discovery and JWKS often enough to pick up a key the hub announces before it signs with it.
        oidc.AutomaticRefreshInterval = TimeSpan.FromMinutes(10);
        oidc.ClientId = options.ClientId;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        // The hub answers with a redirect (query), carrying iss (RFC 9207); form_post is not needed.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = options.GetClaimsFromUserInfoEndpoint;
        oidc.SaveTokens = true;
        oidc.DisableTelemetry = true;
        oidc.Scope.Clear();
        foreach (var scope in options.Scopes)
        {
            oidc.Scope.Add(scope);
        }
        oidc.CallbackPath = RpSite.CallbackPath;
        oidc.SignedOutCallbackPath = RpSite.SignedOutCallbackPath;
        oidc.SignedOutRedirectUri = "/";
        oidc.EventsType = typeof(HubOidcEvents);
        oidc.TimeProvider = options.TimeProvider;
        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.TokenValidationParameters.ValidAlgorithms =
            [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSsaPssSha256];
        // Keep acr on the session's principal: the level is what this service decides on.
        oidc.ClaimActions.Remove("acr");
        // The hub answers with a top-level redirect: Lax cookies come back with it, and plain http works on localhost.
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }
}
