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
    /// on to OpenIddict), the passthrough endpoints (authorize, authorize/complete, endsession), and runs the
    /// authentication middleware, through which OpenIddict serves discovery and jwks, on OpenIddict's paths only.
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
        // OpenIddict is the only authentication handler: it serves discovery and jwks and the passthrough authorize,
        // authorize/complete and endsession requests, all under /connect and /.well-known. Anywhere else (the provider
        // callbacks, the pages) it would only find that the path is none of its endpoints, at about 2 % of a login's CPU.
        app.UseWhen(IsOpenIddictPath, branch => branch.UseAuthentication());
        // UseAuthentication marks the branch's copy of the properties only; without the mark on the application itself,
        // WebApplication would add a second authentication middleware in front of everything.
        ((IApplicationBuilder)app).Properties[AuthenticationMiddlewareSetKey] = true;
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        app.MapMethods("/" + OpenIdProviderEndpoints.Authorize, getOrPost, AuthorizationEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods("/" + OpenIdProviderEndpoints.AuthorizeComplete, getOrPost, AuthorizationEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods("/" + OpenIdProviderEndpoints.EndSession, getOrPost, EndSessionEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>ASP.NET Core's mark that the authentication middleware is in the pipeline (<c>AuthAppBuilderExtensions</c>).</summary>
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    private static bool IsOpenIddictPath(HttpContext context)
        => context.Request.Path.StartsWithSegments("/connect", StringComparison.Ordinal)
            || context.Request.Path.StartsWithSegments("/.well-known", StringComparison.Ordinal);

    private static Func<HttpContext, bool> At(string endpoint)
    {
        var path = new PathString("/" + endpoint);
        return context => context.Request.Path.Equals(path);
    }
}
