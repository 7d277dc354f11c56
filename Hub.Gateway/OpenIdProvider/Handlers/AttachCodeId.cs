using Hub.TrustList.Common;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>Gives every authorization code a random id, the key of its single-use record.</summary>
internal sealed class AttachCodeId(ISecureRandom random) : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseSingletonHandler<AttachCodeId>()
            .SetOrder(OpenIddictServerHandlers.PrepareAuthorizationCodePrincipal.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        context.AuthorizationCodePrincipal?.SetClaim(HubClaimTypes.CodeId, random.NextToken(16));
        return ValueTask.CompletedTask;
    }
}
