using Hub.Gateway.OpenIdProvider.Logging;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// RP-initiated logout: the client comes from client_id or the id_token_hint's audience (they must agree), and a
/// post_logout_redirect_uri must be registered for that accredited RP exactly; otherwise an error page, no redirect.
/// </summary>
internal sealed class ValidateEndSessionClient(ITrustListSource trustList, ILogger<ValidateEndSessionClient> logger)
    : IOpenIddictServerHandler<ValidateEndSessionRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
            .UseScopedHandler<ValidateEndSessionClient>()
            .SetOrder(OpenIddictServerHandlers.Session.ValidateAuthentication.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        var hinted = context.IdentityTokenHintPrincipal?.GetAudiences().FirstOrDefault();
        var clientId = context.ClientId ?? hinted;
        if (context.ClientId is not null && hinted is not null && !string.Equals(context.ClientId, hinted, StringComparison.Ordinal))
        {
            return Reject(context, clientId, "op.logout.client_mismatch", "client_id does not match the id_token_hint.");
        }
        if (string.IsNullOrEmpty(context.PostLogoutRedirectUri))
        {
            return ValueTask.CompletedTask;
        }
        var relyingParty = clientId is null ? null : trustList.Current?.FindRelyingParty(clientId);
        if (relyingParty is null || relyingParty.Status != EntryStatus.Accredited)
        {
            return Reject(context, clientId, "op.logout.client_unknown", "A post_logout_redirect_uri needs an accredited client (client_id or id_token_hint).");
        }
        if (!relyingParty.PostLogoutRedirectUris.Any(uri => string.Equals(uri.OriginalString, context.PostLogoutRedirectUri, StringComparison.Ordinal)))
        {
            return Reject(context, clientId, "op.logout.redirect_unregistered", "The post_logout_redirect_uri is not registered for this client.");
        }
        return ValueTask.CompletedTask;
    }

    private ValueTask Reject(ValidateEndSessionRequestContext context, string? clientId, string code, string description)
    {
        OpenIdProviderLog.EndSessionRejected(logger, clientId, code);
        context.Reject(Errors.InvalidRequest, description);
        return ValueTask.CompletedTask;
    }
}
