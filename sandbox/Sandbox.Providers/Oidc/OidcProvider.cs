using Microsoft.AspNetCore.Builder;
using Microsoft.IdentityModel.Tokens;
using Sandbox.Providers.Common;
using Sandbox.Providers.Hosting;
using Sandbox.Providers.Keys;
using Sandbox.Providers.Oidc.Authorize;
using Sandbox.Providers.Oidc.Discovery;
using Sandbox.Providers.Oidc.Login;
using Sandbox.Providers.Oidc.Token;
using Sandbox.Providers.Oidc.Userinfo;

namespace Sandbox.Providers.Oidc;

/// <summary>
/// Builds and starts one minimal OpenID provider (authorization code flow only) for a profile: discovery, jwks,
/// authorize, login, token and userinfo.
/// </summary>
internal static class OidcProvider
{
    public static async Task<SandboxProviderHost> StartAsync(
        OidcProviderProfile profile, OidcSandboxProviderOptions options, CancellationToken cancellationToken)
    {
        var url = SandboxHosting.RequireHttpUrl(options.Url ?? profile.DefaultUrl, nameof(options.Url));
        if (string.IsNullOrWhiteSpace(options.ClientId) || options.RedirectUris.Count == 0)
        {
            throw new InvalidOperationException("ClientId and at least one RedirectUri must be set.");
        }
        foreach (var redirectUri in options.RedirectUris)
        {
            SandboxHosting.RequireHttpUrl(redirectUri, nameof(options.RedirectUris));
        }
        var signingKey = JwkSigningKey.Load(
            SandboxKeyFolder.ContentsOr(options.SigningJwk, options.KeysDirectory, profile.KeyFileName),
            profile.SigningAlgorithm, nameof(options.SigningJwk));
        var clientKeys = options.ClientJwks is null ? null : ClientJwks.Load(options.ClientJwks);

        var app = SandboxHosting.CreateBuilder(options, url).Build();
        var site = new SiteUrl();
        var services = new OidcServices(profile, options, site, signingKey, clientKeys,
            SandboxHosting.CreateLogger(app, "Sandbox.Providers." + profile.Name));
        Map(app, services);

        var baseUrl = await SandboxHosting.StartAsync(app, url, options.PublicBaseUrl, site, cancellationToken).ConfigureAwait(false);
        SandboxLog.Started(services.Logger, profile.Name, baseUrl);
        return new SandboxProviderHost(profile.Name, new Uri(baseUrl + "/"), services.Issuer, app);
    }

    private static void Map(WebApplication app, OidcServices services)
    {
        app.UseSandboxSecurityHeaders();
        var discovery = new DiscoveryEndpoints(services);
        app.MapGet(OidcServices.DiscoveryPath, discovery.DiscoveryAsync);
        app.MapGet(OidcServices.JwksPath, discovery.JwksAsync);
        app.MapMethods(OidcServices.AuthorizePath, ["GET", "POST"], new AuthorizeEndpoint(services).HandleAsync);
        app.MapPost(OidcServices.LoginPath, new OidcLoginEndpoint(services).HandleAsync);
        app.MapPost(OidcServices.TokenPath, new TokenEndpoint(services).HandleAsync);
        app.MapMethods(OidcServices.UserinfoPath, ["GET", "POST"], new UserinfoEndpoint(services).HandleAsync);
    }
}
