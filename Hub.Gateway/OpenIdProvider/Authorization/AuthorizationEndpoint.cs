using Hub.Gateway.OpenIdProvider.Handlers;
using Hub.Gateway.OpenIdProvider.Logging;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;

namespace Hub.Gateway.OpenIdProvider.Authorization;

/// <summary>
/// The passthrough part of <c>/connect/authorize</c> and <c>/connect/authorize/complete</c>: OpenIddict and the
/// hub's handlers have validated the request; this asks the interaction (or takes the resumed decision) and turns
/// the decision into an OpenIddict sign-in (code) or an error redirect. It stores nothing itself.
/// </summary>
internal static class AuthorizationEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext httpContext,
        IAuthorizationInteraction interaction,
        AuthorizationPrincipalFactory principals,
        ILoggerFactory loggerFactory)
    {
        var transaction = httpContext.Features.Get<OpenIddictServerAspNetCoreFeature>()?.Transaction;
        var request = transaction?.GetProperty<ValidatedAuthorizationRequest>(TransactionProperties.ValidatedRequest);
        if (transaction is null || request is null)
        {
            return Results.BadRequest();
        }
        var logger = loggerFactory.CreateLogger(typeof(AuthorizationEndpoint));
        var decision = transaction.GetProperty<AuthorizationDecision>(TransactionProperties.ResumedDecision)
            ?? await interaction.BeginAsync(request, httpContext, httpContext.RequestAborted);

        switch (decision)
        {
            case AuthorizationDecision.Interact interact:
                return interact.Result;
            case AuthorizationDecision.Reject reject:
                OpenIdProviderLog.AuthorizationDenied(logger, request.ClientId, reject.Error);
                return Forbid(reject.Error, reject.Description);
            case AuthorizationDecision.Approve approve:
                var created = principals.Create(request, approve.Identity, approve.ConsentedClaims);
                if (!created.IsSuccess)
                {
                    OpenIdProviderLog.AuthorizationRejected(logger, request.ClientId, created.Error!.Code);
                    return Forbid(created.Error.Error, created.Error.Description);
                }
                OpenIdProviderLog.AuthorizationCompleted(logger, request.ClientId, approve.Identity.EffectiveLoa.ToString(), created.Value.Released.Names.Count);
                return Results.SignIn(created.Value.Principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            default:
                return Forbid(AuthorizationErrors.ServerError, "The interaction returned no decision.");
        }
    }

    public static IResult Forbid(string error, string? description)
    {
        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        });
        return Results.Forbid(properties, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
