using Hub.Gateway.OpenIdProvider.Keys;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Handlers;

/// <summary>The jwks endpoint publishes the key ring (previous, current and next keys), public parts only.</summary>
internal sealed class PublishHubKeys(HubKeyRing keyRing) : IOpenIddictServerHandler<HandleJsonWebKeySetRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleJsonWebKeySetRequestContext>()
            .UseSingletonHandler<PublishHubKeys>()
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachSigningKeys.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(HandleJsonWebKeySetRequestContext context)
    {
        var keys = await keyRing.GetAsync(context.CancellationToken);
        context.Keys.Clear();
        context.Keys.AddRange(keys.PublishedKeys);
    }
}
