using Hub.Adapters.Abstractions;
using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.Operations.Telemetry;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// Makes authorization codes single-use across instances: the code's random id goes into the shared replay cache
/// (atomic add) until the code expires. Runs after every other check, so only a complete, valid redemption (right
/// client, redirect_uri and code_verifier) uses the code up. A second redemption is <c>invalid_grant</c>.
/// </summary>
internal sealed class ConsumeAuthorizationCode(IReplayCache replayCache, TimeProvider time, ILogger<ConsumeAuthorizationCode> logger)
    : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<ConsumeAuthorizationCode>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateGrantedScopes.Descriptor.Order + 1000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!context.Request.IsAuthorizationCodeGrantType())
        {
            return;
        }
        using var span = HubTelemetry.Start("hub.token");
        span?.SetTag("hub.client", context.ClientId);
        var codeId = context.AuthorizationCodePrincipal?.GetClaim(HubClaimTypes.CodeId);
        if (string.IsNullOrEmpty(codeId))
        {
            OpenIdProviderLog.TokenRequestRejected(logger, context.ClientId, "op.code.no_id");
            context.Reject(Errors.InvalidGrant, "The authorization code is not valid.");
            return;
        }
        var expiresAt = context.AuthorizationCodePrincipal!.GetExpirationDate() ?? time.GetUtcNow().AddMinutes(10);
        if (!await replayCache.TryAddAsync("op:code:" + codeId, expiresAt, context.CancellationToken))
        {
            OpenIdProviderLog.AuthorizationCodeReplayed(logger, context.ClientId);
            context.Reject(Errors.InvalidGrant, "The authorization code was already used.");
        }
    }
}
