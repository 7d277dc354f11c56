using Hub.Gateway.OpenIdProvider.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// Defence in depth: a code without a PKCE challenge cannot be minted (authorize requires S256), and if one were,
/// it is not redeemed. OpenIddict already refuses a code_verifier sent for a code without a challenge.
/// </summary>
internal sealed class RequireProofKeyOnRedemption(ILogger<RequireProofKeyOnRedemption> logger) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseSingletonHandler<RequireProofKeyOnRedemption>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateCodeVerifier.Descriptor.Order + 250)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (context.Request.IsAuthorizationCodeGrantType()
            && (context.AuthorizationCodePrincipal?.GetClaim(Claims.Private.CodeChallengeMethod) is not CodeChallengeMethods.Sha256
                || string.IsNullOrEmpty(context.AuthorizationCodePrincipal.GetClaim(Claims.Private.CodeChallenge))))
        {
            OpenIdProviderLog.TokenRequestRejected(logger, context.ClientId, "op.code.no_pkce");
            context.Reject(Errors.InvalidGrant, "The authorization code was not bound to an S256 PKCE challenge.");
        }
        return ValueTask.CompletedTask;
    }
}
