using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Codes;

/// <summary>
/// Makes every authorization code OpenIddict issues an opaque handle (<see cref="CodeHandle"/>) whose principal stays
/// in the shared code store for the code's lifetime (<see cref="CodeIssuer"/>). OpenIddict's own generation (a signed
/// and encrypted JWT) then sees the token already attached and does nothing.
/// </summary>
internal sealed class IssueCodeHandle(CodeIssuer issuer, TimeProvider time)
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
        var handle = await issuer.IssueAsync(principal, context.ClientId ?? string.Empty, lifetime, context.CancellationToken);
        if (handle is null)
        {
            context.Reject(Errors.ServerError, "The authorization code could not be issued.");
            return;
        }
        context.Token = handle;
    }
}
