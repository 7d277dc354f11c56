using Hub.Gateway.OpenIdProvider.Keys;
using Hub.Gateway.OpenIdProvider.Options;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// Signs and encrypts every token with the rotating hub keys instead of OpenIddict's static credentials: ID tokens
/// with the RP's preferred algorithm (RS256 by default, ES256 on request), internal tokens with ES256, and access
/// tokens encrypted with the current A256KW key. Authorization codes are store handles and are neither.
/// </summary>
internal sealed class ApplyHubSigningCredentials(HubKeyRing keyRing, IOptions<HubOpenIdProviderOptions> options)
    : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<ApplyHubSigningCredentials>()
            .SetOrder(OpenIddictServerHandlers.Protection.AttachSecurityCredentials.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (!string.IsNullOrEmpty(context.Token))
        {
            return; // an authorization code handle (Codes/IssueCodeHandle): nothing to sign
        }
        var keys = await keyRing.GetAsync(context.CancellationToken);
        var algorithm = context.TokenType == TokenTypeIdentifiers.IdentityToken
            ? IdTokenAlgorithm(context.ClientId)
            : HubKeyAlgorithms.InternalTokenSigning;
        context.SigningCredentials = keys.SigningCredentialsFor(algorithm);
        if (context.EncryptionCredentials is not null)
        {
            context.EncryptionCredentials = keys.EncryptingCredentials;
        }
    }

    private string IdTokenAlgorithm(string? clientId)
        => clientId is not null && options.Value.OpenIdProvider.IdTokenSigningAlgorithms.TryGetValue(clientId, out var preferred)
            ? preferred
            : HubKeyAlgorithms.Rs256;
}
