using System.Collections.Immutable;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// One descriptor of <see cref="OpenIddictServerOptions.Handlers"/> whose context type is <typeparamref name="TContext"/>,
/// with what the dispatcher needs from it precomputed: the handler instance when the descriptor carries one,
/// otherwise the service type to resolve from the request's services at each dispatch.
/// </summary>
public sealed class ServerHandlerEntry<TContext> where TContext : BaseContext
{
    public ServerHandlerEntry(OpenIddictServerHandlerDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Descriptor = descriptor;
        Instance = descriptor.ServiceDescriptor.ImplementationInstance as IOpenIddictServerHandler<TContext>;
        ServiceType = descriptor.ServiceDescriptor.ServiceType;
        FilterTypes = descriptor.FilterTypes;
    }

    public OpenIddictServerHandlerDescriptor Descriptor { get; }

    /// <summary>The handler given as an instance (inline and instance-singleton handlers); null when it must be resolved.</summary>
    public IOpenIddictServerHandler<TContext>? Instance { get; }

    public Type ServiceType { get; }

    public ImmutableArray<Type> FilterTypes { get; }
}
