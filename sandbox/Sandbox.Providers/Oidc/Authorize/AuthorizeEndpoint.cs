using Microsoft.AspNetCore.Http;
using Sandbox.Providers.Common;
using Sandbox.Providers.Html;

namespace Sandbox.Providers.Oidc.Authorize;

/// <summary>
/// GET or POST /authorize: validate; an untrusted client or redirect URI gets an error page, other errors go
/// back to the client; a valid request shows the login page (in the SakaI-D look when <c>brand=sakai-d</c>).
/// </summary>
internal sealed class AuthorizeEndpoint(OidcServices services)
{
    public async Task HandleAsync(HttpContext context)
    {
        var parameters = HttpMethods.IsPost(context.Request.Method)
            ? await FormFields.ReadFormAsync(context.Request, context.RequestAborted).ConfigureAwait(false) ?? FormFields.Empty
            : FormFields.FromQuery(context.Request.Query);
        var validated = services.Validator.Validate(parameters);
        if (!validated.IsSuccess)
        {
            var error = validated.Error!;
            SandboxLog.AuthorizeRejected(services.Logger, error.Error);
            if (error.CanRedirect)
            {
                AuthorizationResponse.Error(context, error, services.Issuer);
                return;
            }
            await ErrorPage.WriteAsync(context, StatusCodes.Status400BadRequest, services.Profile.Look, error.Error,
                error.Description, services.Options.Random).ConfigureAwait(false);
            return;
        }
        var request = validated.Value;
        var requestId = services.Options.Random.NextToken();
        if (!services.Pending.TryAdd(requestId, request, services.Options.LoginTimeout))
        {
            AuthorizationResponse.Error(context,
                new AuthorizeError("temporarily_unavailable", "Too many logins are pending.", request.RedirectUri, request.State),
                services.Issuer);
            return;
        }
        await LoginPage.WriteAsync(context, services.Profile.LookFor(request.Brand), OidcServices.LoginPath, requestId,
            request.ClientId, services.Accounts, services.Options.Random, request.RedirectUri, request.LoginHint).ConfigureAwait(false);
    }
}
