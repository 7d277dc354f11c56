using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Sandbox.RelyingParty.Oidc;
using Sandbox.RelyingParty.Pages;
using Sandbox.RelyingParty.Revocation;

namespace Sandbox.RelyingParty;

/// <summary>The RP's routes. The OIDC callbacks (/signin-oidc, /signout-callback-oidc) belong to the handler.</summary>
internal static class RpEndpoints
{
    private const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    private const string Hub = OpenIdConnectDefaults.AuthenticationScheme;

    public static void MapDemoRelyingParty(this WebApplication app)
    {
        app.MapGet("/", async (HttpContext context, HomePage page) =>
            await page.WriteAsync(context, (await context.AuthenticateAsync(Cookie)).Succeeded));

        app.MapGet(SignInEndpoint.Path, (HttpContext context, SignInEndpoint endpoint) => endpoint.HandleAsync(context));

        app.MapGet("/claims", async (HttpContext context, ClaimsPage page, RevocationLog revocations) =>
        {
            var session = await context.AuthenticateAsync(Cookie);
            if (!session.Succeeded)
            {
                return Results.Redirect("/");
            }
            var claims = ReceivedClaims.Parse(session.Properties.GetTokenValue("id_token"), session.Properties.Items.TryGetValue(HubOidcEvents.UserinfoItem, out var userinfo) ? userinfo : null);
            if (claims?.Subject is not { } subject)
            {
                await context.SignOutAsync(Cookie);
                return Results.Redirect("/");
            }
            if (revocations.IsRevokedSince(subject, session.Properties.IssuedUtc ?? DateTimeOffset.MinValue))
            {
                await context.SignOutAsync(Cookie);
                return Results.Redirect("/?revoked=1");
            }
            await page.WriteAsync(context, claims);
            return Results.Empty;
        });

        app.MapPost(SignOutForm.Path, async (HttpContext context) =>
        {
            if (!(await context.AuthenticateAsync(Cookie)).Succeeded)
            {
                return Results.Redirect("/");
            }
            // RP-initiated logout: the handler sends id_token_hint (from the session) and post_logout_redirect_uri.
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/?signedout=1" }, [Cookie, Hub]);
        });

        app.MapGet("/revocations", (HttpContext context, RevocationsPage page) => page.WriteAsync(context));
        app.MapGet("/revocations.json", (RevocationLog log) => Results.Json(log.Snapshot()));
        app.MapPost(SetReceiverEndpoint.Path, (HttpContext context, SetReceiverEndpoint endpoint) => endpoint.HandleAsync(context));
    }
}
