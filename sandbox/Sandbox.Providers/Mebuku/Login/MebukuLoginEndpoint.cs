using Microsoft.AspNetCore.Http;
using Sandbox.Providers.Common;
using Sandbox.Providers.Html;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Login;

/// <summary>
/// POST /saml/login: the login form. Cancel answers AuthnFailed; a resident below the requested context answers
/// NoAuthnContext; a good login answers with the signed assertion. A wrong password shows the form again.
/// </summary>
internal sealed class MebukuLoginEndpoint(MebukuServices services)
{
    public async Task HandleAsync(HttpContext context)
    {
        var form = await FormFields.ReadFormAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        var requestId = form?["request_id"];
        var request = services.Pending.Get(requestId);
        if (form is null || request is null)
        {
            await services.ErrorAsync(context, SamlRequestError.LoginRequestUnknown).ConfigureAwait(false);
            return;
        }
        if (form["action"] == "cancel")
        {
            if (services.Pending.Take(requestId) is not null)
            {
                await services.FailureAsync(context, request, SamlNames.StatusResponder, SamlNames.StatusAuthnFailed,
                    "The person cancelled the login.").ConfigureAwait(false);
                return;
            }
            await services.ErrorAsync(context, SamlRequestError.LoginRequestUnknown).ConfigureAwait(false);
            return;
        }
        var resident = Find(form["username"], form["password"]);
        if (resident is null)
        {
            SandboxLog.LoginRefused(services.Logger, "mebuku");
            await LoginPage.WriteAsync(context, MebukuServices.Look, MebukuServices.LoginPath, requestId!, request.SpEntityId,
                services.Accounts, services.Options.Random, request.AssertionConsumerServiceUrl, form["username"], failed: true)
                .ConfigureAwait(false);
            return;
        }
        if (services.Pending.Take(requestId) is null)
        {
            await services.ErrorAsync(context, SamlRequestError.LoginRequestUnknown).ConfigureAwait(false);
            return;
        }
        if (!request.Requirement.IsSatisfiedBy(resident.Level))
        {
            await services.FailureAsync(context, request, SamlNames.StatusResponder, SamlNames.StatusNoAuthnContext,
                "This resident cannot meet the requested authentication context.").ConfigureAwait(false);
            return;
        }
        await services.SuccessAsync(context, request, resident).ConfigureAwait(false);
    }

    private static MebukuResident? Find(string? username, string? password)
    {
        var resident = MebukuResidents.All.FirstOrDefault(r => r.Username == username);
        return Secrets.AreEqual(resident?.Password ?? "\0no such resident", password) && resident is not null ? resident : null;
    }
}
