using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// Runs <c>/connect/authorize/complete?flow=...</c> inside the current request, for a step that would otherwise
/// redirect the browser there (the provider's callback, when no consent page is needed): the request is rewritten as
/// that GET and handed to OpenIddict from the start, so the RP's saved request goes through the same full
/// validation, resumption and code issuance as after a redirect. The person's browser saves one round trip and the
/// hub one request.
/// </summary>
/// <remarks>
/// OpenIddict's ASP.NET Core handler keeps its state in the request's <see cref="OpenIddictServerAspNetCoreFeature"/>
/// only; removing it gives the rewritten request a fresh transaction, as for a new request.
/// </remarks>
internal sealed class AuthorizationCompletion(
    DirectCompletion direct,
    IAuthenticationHandlerProvider handlers,
    IAuthorizationInteraction interaction,
    AuthorizationPrincipalFactory principals,
    ILoggerFactory loggerFactory)
{
    /// <summary>
    /// Completes the flow behind <paramref name="completionUrl"/> (the hub's own completion URL) in place: directly
    /// (<see cref="DirectCompletion"/>) when the RP's saved <paramref name="parameters"/> of flow
    /// <paramref name="flowId"/> are the plain case, through OpenIddict otherwise. Null when the request cannot be
    /// handed over; the caller then redirects to the URL.
    /// </summary>
    public async Task<IResult?> RunAsync(HttpContext context, Uri completionUrl, string flowId, IReadOnlyDictionary<string, string> parameters)
    {
        if (context.Response.HasStarted)
        {
            return null;
        }
        if (await direct.TryRunAsync(context, flowId, parameters) is { } completed)
        {
            return completed;
        }
        if (await handlers.GetHandlerAsync(context, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme) is not IAuthenticationRequestHandler openIddict)
        {
            return null;
        }
        var request = context.Request;
        var path = new PathString(completionUrl.AbsolutePath);
        request.Path = request.PathBase.HasValue && path.StartsWithSegments(request.PathBase, out var rest) ? rest : path;
        request.QueryString = new QueryString(completionUrl.Query);
        request.Method = HttpMethods.Get;
        context.Features.Set<OpenIddictServerAspNetCoreFeature>(null);

        // True when OpenIddict has answered by itself (a request it refused: the error page or the RP's redirect).
        if (await openIddict.HandleRequestAsync())
        {
            return Results.Empty;
        }
        return await AuthorizationEndpoint.HandleAsync(context, interaction, principals, loggerFactory);
    }
}
