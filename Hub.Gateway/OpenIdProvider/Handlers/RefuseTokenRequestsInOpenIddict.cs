using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>
/// The hub serves <c>/connect/token</c> itself, ahead of OpenIddict (Token/TokenEndpoint). OpenIddict's degraded
/// mode still insists on a token-request validation handler at start; this is it, and it refuses every token
/// request that reaches OpenIddict, so that a routing mistake can never hand out tokens without the hub's checks.
/// </summary>
internal sealed class RefuseTokenRequestsInOpenIddict : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseSingletonHandler<RefuseTokenRequestsInOpenIddict>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        context.Reject(Errors.ServerError, "Token requests are served by the hub's token endpoint.");
        return ValueTask.CompletedTask;
    }
}
