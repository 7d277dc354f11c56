using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.TrustList.Loading;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// The client must be an accredited RP of the current trust list, and redirect_uri one of its registered URIs,
/// compared as exact strings (<see cref="AuthorizationRequestChecks.RelyingParty"/>). Failures here show an error
/// page: the browser is never sent to an unchecked URI.
/// </summary>
internal sealed class ValidateRelyingParty(ITrustListSource trustList, ILogger<ValidateRelyingParty> logger)
    : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseScopedHandler<ValidateRelyingParty>()
            .SetOrder(OpenIddictServerHandlers.Authentication.ValidateRedirectUriParameter.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var checkedParty = AuthorizationRequestChecks.RelyingParty(trustList.Current, context.ClientId, context.RedirectUri);
        if (!checkedParty.IsSuccess)
        {
            OpenIdProviderLog.AuthorizationRejected(logger, context.ClientId, checkedParty.Error!.Code);
            context.Reject(checkedParty.Error.Error, checkedParty.Error.Description);
            return ValueTask.CompletedTask;
        }
        context.Transaction.SetProperty(TransactionProperties.TrustedRedirectUri, context.RedirectUri);
        return ValueTask.CompletedTask;
    }
}
