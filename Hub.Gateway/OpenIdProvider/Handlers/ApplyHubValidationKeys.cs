using Hub.Gateway.OpenIdProvider.Keys;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// The hub's own tokens that OpenIddict still validates (the id_token_hint of end_session) are verified with the key
/// ring. Access tokens are read by the hub's userinfo endpoint (UserInfo/AccessTokenReader), codes by its token
/// endpoint (Token/TokenEndpoint).
/// </summary>
internal sealed class ApplyHubValidationKeys(HubKeyRing keyRing) : IOpenIddictServerHandler<ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<ApplyHubValidationKeys>()
            .SetOrder(OpenIddictServerHandlers.Protection.ResolveTokenValidationParameters.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is not null
            || (context.ValidTokenTypes.Count == 1 && context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.ClientAssertion)))
        {
            return;
        }
        var keys = await keyRing.GetAsync(context.CancellationToken);
        context.TokenValidationParameters.IssuerSigningKeys = keys.VerificationKeys;
    }
}
