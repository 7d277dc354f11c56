using Hub.TrustList.Common;
using Microsoft.AspNetCore.Http;
using Sandbox.Providers.Html;
using Sandbox.Providers.Mebuku.Request;
using Sandbox.Providers.Mebuku.Xml;

namespace Sandbox.Providers.Mebuku.Login;

/// <summary>
/// GET /saml/sso (HTTP-Redirect): read and verify the AuthnRequest; refuse an untrusted one with an error page;
/// answer one that cannot be met with a SAML status; otherwise show the login page.
/// </summary>
internal sealed class MebukuSsoEndpoint(MebukuServices services)
{
    public async Task HandleAsync(HttpContext context)
    {
        var read = Read(context.Request.QueryString.Value);
        if (!read.IsSuccess)
        {
            await services.ErrorAsync(context, read.Error!).ConfigureAwait(false);
            return;
        }
        var request = read.Value;
        if (request.IsPassive)
        {
            await services.FailureAsync(context, request, SamlNames.StatusResponder, SamlNames.StatusNoPassive,
                "The sandbox keeps no session, so it cannot authenticate passively.").ConfigureAwait(false);
            return;
        }
        if (!request.NameIdFormatSupported)
        {
            await services.FailureAsync(context, request, SamlNames.StatusRequester, SamlNames.StatusInvalidNameIdPolicy,
                "Only persistent NameIDs are issued.").ConfigureAwait(false);
            return;
        }
        if (!request.Requirement.IsUnderstood)
        {
            await services.FailureAsync(context, request, SamlNames.StatusResponder, SamlNames.StatusNoAuthnContext,
                "None of the requested authentication contexts is supported.").ConfigureAwait(false);
            return;
        }
        var requestId = services.Options.Random.NextToken();
        if (!services.Pending.TryAdd(requestId, request, services.Options.LoginTimeout))
        {
            await services.ErrorAsync(context, new SamlRequestError("busy", "Too many logins are pending; try again later.")).ConfigureAwait(false);
            return;
        }
        await LoginPage.WriteAsync(context, MebukuServices.Look, MebukuServices.LoginPath, requestId, request.SpEntityId,
            services.Accounts, services.Options.Random, request.AssertionConsumerServiceUrl).ConfigureAwait(false);
    }

    private Result<ValidatedAuthnRequest, SamlRequestError> Read(string? query)
    {
        var options = services.Options;
        var message = services.Reader.Read(query, options.RequireSignedRequests);
        if (!message.IsSuccess)
        {
            return message.Error!;
        }
        var parsed = AuthnRequestParser.Parse(message.Value.Xml, options.MaxInflatedRequestBytes);
        return parsed.IsSuccess
            ? services.Validator.Validate(parsed.Value, message.Value.RelayState, services.SsoUrl)
            : parsed.Error!;
    }
}
