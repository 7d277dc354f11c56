using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.EndSession;
using Hub.Gateway.OpenIdProvider.Token;
using Hub.Gateway.OpenIdProvider.UserInfo;

namespace Hub.Gateway.OpenIdProvider.Hosting;

public static class OpenIdProviderEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the token and userinfo endpoints (the hub's own, ahead of OpenIddict, which never sees those requests:
    /// docs/decisions/0008-lean-token-endpoint.md), the plain authorization request served ahead of OpenIddict
    /// (<see cref="DirectAuthorization"/>, docs/decisions/0011-direct-authorization-request.md; every other one goes
    /// on to OpenIddict), the passthrough endpoints (authorize, authorize/complete, endsession), and makes sure the
    /// authentication middleware, through which OpenIddict serves discovery and jwks, runs.
    /// </summary>
    public static WebApplication MapHubOpenIdProvider(this WebApplication app)
    {
        app.MapWhen(At(OpenIdProviderEndpoints.Token), branch => branch.Run(context => context.RequestServices.GetRequiredService<TokenEndpoint>().HandleAsync(context)));
        app.MapWhen(At(OpenIdProviderEndpoints.UserInfo), branch => branch.Run(context => context.RequestServices.GetRequiredService<UserInfoEndpoint>().HandleAsync(context)));
        var authorize = At(OpenIdProviderEndpoints.Authorize);
        app.Use(async (context, next) =>
        {
            if (authorize(context) && await context.RequestServices.GetRequiredService<DirectAuthorization>().TryRunAsync(context) is { } answered)
            {
                await answered.ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        app.UseAuthentication();
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        app.MapMethods("/" + OpenIdProviderEndpoints.Authorize, getOrPost, AuthorizationEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods("/" + OpenIdProviderEndpoints.AuthorizeComplete, getOrPost, AuthorizationEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods("/" + OpenIdProviderEndpoints.EndSession, getOrPost, EndSessionEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }

    private static Func<HttpContext, bool> At(string endpoint)
    {
        var path = new PathString("/" + endpoint);
        return context => context.Request.Path.Equals(path);
    }
}
