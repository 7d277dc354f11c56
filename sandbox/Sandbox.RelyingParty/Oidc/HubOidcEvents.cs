using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Sandbox.RelyingParty.Common;
using Sandbox.RelyingParty.Hosting;
using Sandbox.RelyingParty.Pages;

namespace Sandbox.RelyingParty.Oidc;

/// <summary>
/// What the RP adds to ASP.NET Core's OpenID Connect handler: the registered redirect URIs, <c>acr_values</c> and
/// <c>idp_hint</c> on the way out; the RFC 9207 <c>iss</c> check and <c>private_key_jwt</c> on the way back; the
/// raw userinfo for the claims page; and an error page instead of an exception.
/// </summary>
internal sealed class HubOidcEvents(
    DemoRelyingPartyOptions options, RpSite site, ClientAssertionFactory assertions, ErrorPage errorPage, ILogger<HubOidcEvents> logger)
    : OpenIdConnectEvents
{
    /// <summary>The authentication property holding the userinfo response (JSON), kept in the session cookie.</summary>
    public const string UserinfoItem = ".demo-rp.userinfo";

    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        var message = context.ProtocolMessage;
        message.RedirectUri = site.RedirectUri;
        if (!string.IsNullOrWhiteSpace(options.AcrValues))
        {
            message.AcrValues = options.AcrValues;
        }
        if (context.Properties.GetParameter<string>(IdpHint.Parameter) is { } hint && IdpHint.IsValid(hint))
        {
            message.SetParameter(IdpHint.Parameter, hint);
        }
        return Task.CompletedTask;
    }

    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        context.ProtocolMessage.PostLogoutRedirectUri = site.PostLogoutRedirectUri;
        context.ProtocolMessage.ClientId = options.ClientId;
        return Task.CompletedTask;
    }

    public override async Task MessageReceived(MessageReceivedContext context)
    {
        OpenIdConnectConfiguration hub;
        try
        {
            hub = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
        {
            context.Fail(new LoginRejectedException(new LoginError(LoginError.HubUnreachable)));
            return;
        }
        IReadOnlyList<string?> values = context.Request.Query.TryGetValue(IssuerParameterCheck.Parameter, out var inQuery)
            ? inQuery.ToArray()
            : context.ProtocolMessage.Iss is { } inMessage ? [inMessage] : [];
        if (IssuerParameterCheck.Check(values, hub) is { } error)
        {
            RpLog.IssuerParameterRejected(logger, error.Code);
            context.Fail(new LoginRejectedException(error));
            return;
        }
        // An error response from the hub, now known to come from it: taken as sent (the handler would rewrite it).
        if (!string.IsNullOrEmpty(context.ProtocolMessage.Error))
        {
            context.Fail(new LoginRejectedException(LoginFailureClassifier.FromHub(context.ProtocolMessage.Error, context.ProtocolMessage.ErrorDescription)));
        }
    }

    public override async Task AuthorizationCodeReceived(AuthorizationCodeReceivedContext context)
    {
        var hub = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted).ConfigureAwait(false);
        var request = context.TokenEndpointRequest!;
        request.ClientSecret = null;
        request.ClientAssertionType = ClientAssertionFactory.AssertionType;
        request.ClientAssertion = assertions.Create(hub.TokenEndpoint);
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var acr = context.Principal?.FindFirst("acr")?.Value;
        if (!AcrCheck.IsMet(options.AcrValues, acr))
        {
            context.Fail(new LoginRejectedException(new LoginError(LoginError.AcrNotMet)));
        }
        return Task.CompletedTask;
    }

    public override Task UserInformationReceived(UserInformationReceivedContext context)
    {
        context.Properties!.Items[UserinfoItem] = context.User.RootElement.GetRawText();
        return Task.CompletedTask;
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        var error = LoginFailureClassifier.Classify(context.Failure);
        RpLog.LoginFailed(logger, error.Code);
        context.HandleResponse();
        await errorPage.WriteAsync(context.HttpContext, error).ConfigureAwait(false);
    }
}
