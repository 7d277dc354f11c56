using Hub.Gateway.OpenIdProvider.Logging;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// The client must be an accredited RP of the current trust list, and redirect_uri one of its registered URIs,
/// compared as exact strings. Failures here show an error page: the browser is never sent to an unchecked URI.
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
        var snapshot = trustList.Current;
        if (snapshot is null)
        {
            return Reject(context, Errors.TemporarilyUnavailable, "op.trustlist.unavailable", "No trust list is loaded.");
        }
        var relyingParty = context.ClientId is null ? null : snapshot.FindRelyingParty(context.ClientId);
        if (relyingParty is null)
        {
            return Reject(context, Errors.InvalidRequest, "op.client.unknown", "The client is not in the trust list.");
        }
        if (relyingParty.Status != EntryStatus.Accredited)
        {
            return Reject(context, Errors.InvalidRequest, $"op.client.{relyingParty.Status.ToString().ToLowerInvariant()}", "The client is not accredited.");
        }
        if (string.IsNullOrEmpty(context.RedirectUri))
        {
            return Reject(context, Errors.InvalidRequest, "op.redirect_uri.missing", "The redirect_uri parameter is required.");
        }
        if (!relyingParty.RedirectUris.Any(uri => string.Equals(uri.OriginalString, context.RedirectUri, StringComparison.Ordinal)))
        {
            return Reject(context, Errors.InvalidRequest, "op.redirect_uri.unregistered", "The redirect_uri is not registered for this client.");
        }
        context.Transaction.SetProperty(TransactionProperties.TrustedRedirectUri, context.RedirectUri);
        return ValueTask.CompletedTask;
    }

    private ValueTask Reject(ValidateAuthorizationRequestContext context, string error, string code, string description)
    {
        OpenIdProviderLog.AuthorizationRejected(logger, context.ClientId, code);
        context.Reject(error, description);
        return ValueTask.CompletedTask;
    }
}
