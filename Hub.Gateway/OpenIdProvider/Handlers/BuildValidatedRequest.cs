using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.TrustList.Loading;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// Last check of an authorization request, after OpenIddict's own (<see cref="AuthorizationRequestChecks.Validated"/>:
/// OpenID Connect only, no repeated parameters, a well-formed claims parameter and max_age, a reachable level of
/// assurance). Then it leaves the <see cref="ValidatedAuthorizationRequest"/> the orchestration works with.
/// </summary>
internal sealed class BuildValidatedRequest(ITrustListSource trustList, ILogger<BuildValidatedRequest> logger)
    : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
            .UseScopedHandler<BuildValidatedRequest>()
            .SetOrder(OpenIddictServerHandlers.Authentication.ValidateAuthorizedParty.Descriptor.Order + 1000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var snapshot = trustList.Current;
        var relyingParty = snapshot?.FindRelyingParty(context.ClientId!);
        if (relyingParty is null || context.Transaction.GetProperty<string>(TransactionProperties.TrustedRedirectUri) is not { } redirectUri)
        {
            OpenIdProviderLog.AuthorizationRejected(logger, context.ClientId, "op.validation.incomplete");
            context.Reject(Errors.ServerError, "The request was not fully validated.");
            return ValueTask.CompletedTask;
        }
        var validated = AuthorizationRequestChecks.Validated(context.Request, relyingParty, redirectUri, snapshot);
        if (!validated.IsSuccess)
        {
            OpenIdProviderLog.AuthorizationRejected(logger, context.ClientId, validated.Error!.Code);
            context.Reject(validated.Error.Error, validated.Error.Description);
            return ValueTask.CompletedTask;
        }
        context.Transaction.SetProperty(TransactionProperties.ValidatedRequest, validated.Value);
        return ValueTask.CompletedTask;
    }
}
