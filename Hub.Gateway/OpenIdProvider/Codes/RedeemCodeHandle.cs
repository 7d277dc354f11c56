using Hub.Gateway.OpenIdProvider.Logging;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Stores.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Codes;

/// <summary>
/// At the token endpoint, takes the code's principal out of the shared store: atomically and once, whichever
/// instance asks. OpenIddict's JWT validation then sees the principal already attached and does nothing; its later
/// handlers check the type and expiry, and the exchange handlers the client, redirect_uri and PKCE verifier.
/// The code is used up at this first attempt even if one of those checks then fails (RFC 6749 4.1.2, OAuth 2.1).
/// Anything but a stored handle is <c>invalid_grant</c> here, so no self-contained code is ever redeemed.
/// </summary>
internal sealed class RedeemCodeHandle(IAuthorizationCodeStore store, ILogger<RedeemCodeHandle> logger)
    : IOpenIddictServerHandler<ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<RedeemCodeHandle>()
            .SetOrder(OpenIddictServerHandlers.Protection.ResolveTokenValidationParameters.Descriptor.Order + 250)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is not null
            || context.ValidTokenTypes.Count != 1
            || !context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.AuthorizationCode))
        {
            return;
        }
        var clientId = context.Transaction.Request?.ClientId;
        using var span = HubTelemetry.Start("hub.token");
        span?.SetTag("hub.client", clientId);
        if (!CodeHandle.IsWellFormed(context.Token))
        {
            Refuse(context, clientId, "op.code.malformed", "The specified authorization code is invalid.");
            return;
        }
        var redemption = await store.TryRedeemAsync<StoredCodePrincipal>(context.Token, context.CancellationToken);
        switch (redemption.Status)
        {
            case CodeRedemptionStatus.Redeemed when redemption.Data is { } data:
                context.Principal = data.ToPrincipal();
                break;
            case CodeRedemptionStatus.AlreadyRedeemed:
                OpenIdProviderLog.AuthorizationCodeReplayed(logger, clientId);
                context.Reject(Errors.InvalidGrant, "The authorization code was already used.");
                break;
            default:
                Refuse(context, clientId, "op.code.unknown", "The specified authorization code is invalid.");
                break;
        }
    }

    private void Refuse(ValidateTokenContext context, string? clientId, string code, string description)
    {
        OpenIdProviderLog.TokenRequestRejected(logger, clientId, code);
        context.Reject(Errors.InvalidGrant, description);
    }
}
