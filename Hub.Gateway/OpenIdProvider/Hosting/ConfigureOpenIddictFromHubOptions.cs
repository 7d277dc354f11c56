using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;

namespace Hub.Gateway.OpenIdProvider.Hosting;

/// <summary>
/// Applies the validated hub settings to OpenIddict when its options are first built (not while services are
/// registered), so hosts and tests can set them through any configuration source.
/// </summary>
internal sealed class ConfigureOpenIddictFromHubOptions(IOptions<HubOpenIdProviderOptions> hub, IHostEnvironment environment)
    : IConfigureOptions<OpenIddictServerOptions>, IConfigureOptions<OpenIddictServerAspNetCoreOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var settings = hub.Value;
        options.Issuer = settings.Issuer;
        options.AuthorizationCodeLifetime = settings.OpenIdProvider.AuthorizationCodeLifetime;
        options.AccessTokenLifetime = settings.OpenIdProvider.AccessTokenLifetime;
        options.IdentityTokenLifetime = settings.OpenIdProvider.IdentityTokenLifetime;
    }

    public void Configure(OpenIddictServerAspNetCoreOptions options)
    {
        var settings = hub.Value;
        options.DisableTransportSecurityRequirement =
            settings.Issuer.Scheme == Uri.UriSchemeHttp && (settings.Demo || environment.IsDevelopment());
    }
}
