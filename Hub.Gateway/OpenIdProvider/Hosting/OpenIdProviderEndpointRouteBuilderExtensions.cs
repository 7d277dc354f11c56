using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.EndSession;
using Hub.Gateway.OpenIdProvider.UserInfo;

namespace Hub.Gateway.OpenIdProvider.Hosting;

public static class OpenIdProviderEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the passthrough endpoints (authorize, authorize/complete, userinfo, endsession) and makes sure the
    /// authentication middleware, through which OpenIddict serves discovery, jwks and token, runs.
    /// </summary>
    public static WebApplication MapHubOpenIdProvider(this WebApplication app)
    {
        app.UseAuthentication();
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        app.MapMethods("/" + OpenIdProviderEndpoints.Authorize, getOrPost, AuthorizationEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods("/" + OpenIdProviderEndpoints.AuthorizeComplete, getOrPost, AuthorizationEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods("/" + OpenIdProviderEndpoints.UserInfo, getOrPost, UserInfoEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods("/" + OpenIdProviderEndpoints.EndSession, getOrPost, EndSessionEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
