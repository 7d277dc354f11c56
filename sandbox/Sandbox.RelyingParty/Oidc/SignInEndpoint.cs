using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Sandbox.RelyingParty.Common;
using Sandbox.RelyingParty.Pages;

namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// <c>GET /login[?idp_hint=…]</c>: sends the browser to the hub. The hub's discovery document is read first, so a
/// hub that cannot be reached gives the error page rather than a failed request.
/// </summary>
internal sealed class SignInEndpoint(IOptionsMonitor<OpenIdConnectOptions> oidc, ErrorPage errorPage, ILogger<SignInEndpoint> logger)
{
    public const string Path = "/login";
    public const string ReturnPath = "/claims";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        try
        {
            await oidc.Get(OpenIdConnectDefaults.AuthenticationScheme).ConfigurationManager!
                .GetConfigurationAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            RpLog.LoginFailed(logger, LoginError.HubUnreachable);
            await errorPage.WriteAsync(context, new LoginError(LoginError.HubUnreachable)).ConfigureAwait(false);
            return Results.Empty;
        }
        var properties = new AuthenticationProperties { RedirectUri = ReturnPath };
        var hint = context.Request.Query[IdpHint.Parameter];
        if (hint.Count == 1 && IdpHint.IsValid(hint[0]))
        {
            properties.SetParameter(IdpHint.Parameter, hint[0]);
        }
        return Results.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
    }
}
