using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace Hub.Gateway.OpenIdProvider.EndSession;

/// <summary>
/// The passthrough part of <c>/connect/endsession</c> (validated by OpenIddict and <c>ValidateEndSessionClient</c>):
/// ends the hub session, then returns to the registered post_logout_redirect_uri (with state), or shows a page.
/// </summary>
internal static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext httpContext, IHubSessionTerminator sessions)
    {
        var request = httpContext.GetOpenIddictServerRequest();
        await sessions.EndSessionAsync(httpContext, request?.ClientId, httpContext.RequestAborted);
        if (!string.IsNullOrEmpty(request?.PostLogoutRedirectUri))
        {
            return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        return Results.Content(
            """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>ログアウト / Signed out</title></head>
            <body><main><h1>ログアウトしました / You are signed out</h1></main></body></html>
            """,
            "text/html; charset=utf-8");
    }
}
