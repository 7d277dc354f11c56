using Microsoft.AspNetCore.Http;
using Sandbox.Providers.Common;
using Sandbox.Providers.Html;
using Sandbox.Providers.Oidc.Authorize;
using Sandbox.Providers.Oidc.Token;

namespace Sandbox.Providers.Oidc.Login;

/// <summary>
/// POST /login: cancel returns <c>access_denied</c>; a resident below the requested acr returns
/// <c>unmet_authentication_requirements</c> (never a weaker login); a good login returns a code. All with iss.
/// </summary>
internal sealed class OidcLoginEndpoint(OidcServices services)
{
    public async Task HandleAsync(HttpContext context)
    {
        var form = await FormFields.ReadFormAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var requestId = form?["request_id"];
        var request = services.Pending.Get(requestId);
        if (form is null || request is null)
        {
            await UnknownRequestAsync(context).ConfigureAwait(false);
            return;
        }
        if (form["action"] == "cancel")
        {
            await CompleteAsync(context, requestId!, () => Deny(context, request, "access_denied", "The person cancelled the login."))
                .ConfigureAwait(false);
            return;
        }
        var resident = Find(form["username"], form["password"]);
        if (resident is null)
        {
            SandboxLog.LoginRefused(services.Logger, services.Profile.Name);
            await LoginPage.WriteAsync(context, services.Profile.LookFor(request.Brand), OidcServices.LoginPath, requestId!,
                request.ClientId, services.Accounts, services.Options.Random, request.RedirectUri, form["username"], failed: true)
                .ConfigureAwait(false);
            return;
        }
        await CompleteAsync(context, requestId!, () =>
        {
            if (request.RequiredLevel is { } required && resident.Level < required)
            {
                Deny(context, request, "unmet_authentication_requirements", "This resident cannot meet the requested acr_values.");
                return;
            }
            IssueCode(context, request, resident);
        }).ConfigureAwait(false);
    }

    /// <summary>Takes the pending request (only one post can) and answers.</summary>
    private async Task CompleteAsync(HttpContext context, string requestId, Action answer)
    {
        if (services.Pending.Take(requestId) is null)
        {
            await UnknownRequestAsync(context).ConfigureAwait(false);
            return;
        }
        answer();
    }

    private void Deny(HttpContext context, ValidatedAuthorizeRequest request, string error, string description)
    {
        SandboxLog.AuthorizeRejected(services.Logger, error);
        AuthorizationResponse.Error(context, new AuthorizeError(error, description, request.RedirectUri, request.State), services.Issuer);
    }

    private void IssueCode(HttpContext context, ValidatedAuthorizeRequest request, OidcResident resident)
    {
        var now = services.Options.TimeProvider.GetUtcNow();
        var code = services.Options.Random.NextToken();
        var grant = new AuthorizationCodeGrant(request.ClientId, request.RedirectUri, request.CodeChallenge, request.Nonce,
            request.Scope, request.Brand, resident, now, now + services.Options.CodeLifetime);
        if (!services.Codes.TryAdd(code, grant))
        {
            Deny(context, request, "temporarily_unavailable", "Too many codes are outstanding.");
            return;
        }
        AuthorizationResponse.Redirect(context, request.RedirectUri, services.Issuer, request.State, [new("code", code)]);
    }

    private Task UnknownRequestAsync(HttpContext context) =>
        ErrorPage.WriteAsync(context, StatusCodes.Status400BadRequest, services.Profile.Look, "login_request_unknown",
            "The login request is unknown, used or expired.", services.Options.Random);

    private OidcResident? Find(string? username, string? password)
    {
        var resident = services.Profile.Residents.FirstOrDefault(r => r.Username == username);
        return Secrets.AreEqual(resident?.Password ?? "\0no such resident", password) && resident is not null ? resident : null;
    }
}
