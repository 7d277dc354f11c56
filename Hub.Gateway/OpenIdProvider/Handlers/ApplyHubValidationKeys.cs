using Hub.Gateway.OpenIdProvider.Keys;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// The hub's own tokens (access tokens, id_token_hint) are verified and decrypted with the key ring. Not needed once
/// a principal is attached (an authorization code taken from the store by Codes/RedeemCodeHandle).
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
        context.TokenValidationParameters.TokenDecryptionKeys = keys.DecryptionKeys;
    }
}
