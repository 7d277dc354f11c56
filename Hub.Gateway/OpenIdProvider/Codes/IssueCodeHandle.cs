using Hub.Gateway.Stores.Abstractions;
using Hub.TrustList.Common;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Codes;

/// <summary>
/// Makes every authorization code an opaque handle (<see cref="CodeHandle"/>) whose principal stays in the shared
/// <see cref="IAuthorizationCodeStore"/> for the code's lifetime. OpenIddict's own generation (a signed and encrypted
/// JWT) then sees the token already attached and does nothing. Access and ID tokens are not touched.
/// </summary>
internal sealed class IssueCodeHandle(IAuthorizationCodeStore store, ISecureRandom random, TimeProvider time)
    : IOpenIddictServerHandler<GenerateTokenContext>
{
    /// <summary>Used only when the principal has no expiration date, which OpenIddict always sets for codes.</summary>
    private static readonly TimeSpan FallbackLifetime = TimeSpan.FromMinutes(1);

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<IssueCodeHandle>()
            .SetOrder(OpenIddictServerHandlers.Protection.AttachSecurityCredentials.Descriptor.Order + 250)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType != TokenTypeIdentifiers.Private.AuthorizationCode
            || !string.IsNullOrEmpty(context.Token)
            || context.Principal is not { } principal)
        {
            return;
        }
        var now = time.GetUtcNow();
        var lifetime = (principal.GetExpirationDate() ?? now + FallbackLifetime) - now;
        var owner = new CodeOwner(principal.GetClaim(Claims.Subject) ?? string.Empty, context.ClientId ?? string.Empty);
        var handle = CodeHandle.Create(random);
        var stored = await store.TryStoreAsync(
            handle, StoredCodePrincipal.From(principal), owner, lifetime > TimeSpan.Zero ? lifetime : TimeSpan.FromSeconds(1),
            context.CancellationToken);
        if (!stored)
        {
            // 256 random bits do not collide; if the store says otherwise, no code rather than a shared one.
            context.Reject(Errors.ServerError, "The authorization code could not be issued.");
            return;
        }
        context.Token = handle;
    }
}
