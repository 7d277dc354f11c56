using System.Collections.Immutable;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// One descriptor of <see cref="OpenIddictServerOptions.Handlers"/> whose context type is <typeparamref name="TContext"/>,
/// with what the dispatcher needs from it precomputed: the handler instance when the descriptor carries one,
/// otherwise the service type to resolve from the request's services. Filters and handlers registered as singletons
/// are resolved once and kept (typed, so no variant interface cast either); scoped and transient ones are resolved at
/// every dispatch from the request's services.
/// </summary>
public sealed class ServerHandlerEntry<TContext> where TContext : BaseContext
{
    private readonly bool[] _singletonFilters;
    private readonly IOpenIddictServerHandlerFilter<TContext>?[] _filters;
    private readonly bool _singletonHandler;
    private IOpenIddictServerHandler<TContext>? _handler;

    public ServerHandlerEntry(OpenIddictServerHandlerDescriptor descriptor, ServiceLifetimes? lifetimes = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Descriptor = descriptor;
        Instance = descriptor.ServiceDescriptor.ImplementationInstance as IOpenIddictServerHandler<TContext>;
        ServiceType = descriptor.ServiceDescriptor.ServiceType;
        FilterTypes = descriptor.FilterTypes;
        _singletonFilters = [.. FilterTypes.Select(type => lifetimes?.IsSingleton(type) == true)];
        _filters = new IOpenIddictServerHandlerFilter<TContext>?[FilterTypes.Length];
        _singletonHandler = lifetimes?.IsSingleton(ServiceType) == true;
        _handler = Instance;
    }

    public OpenIddictServerHandlerDescriptor Descriptor { get; }

    /// <summary>The handler given as an instance (inline and instance-singleton handlers); null when it must be resolved.</summary>
    public IOpenIddictServerHandler<TContext>? Instance { get; }

    public Type ServiceType { get; }

    public ImmutableArray<Type> FilterTypes { get; }

    /// <summary>The filter at <paramref name="index"/> of <see cref="FilterTypes"/>: kept if a singleton, else resolved from <paramref name="services"/>.</summary>
    public IOpenIddictServerHandlerFilter<TContext> Filter(int index, IServiceProvider services)
    {
        if (_filters[index] is { } kept)
        {
            return kept;
        }
        var filter = services.GetService(FilterTypes[index]) as IOpenIddictServerHandlerFilter<TContext>
            ?? throw new InvalidOperationException($"The filter {FilterTypes[index]} of an OpenIddict server handler is not registered, or does not filter {typeof(TContext)}.");
        if (_singletonFilters[index])
        {
            _filters[index] = filter;
        }
        return filter;
    }

    /// <summary>The handler: the descriptor's instance, the kept singleton, or resolved from <paramref name="services"/>.</summary>
    public IOpenIddictServerHandler<TContext> Handler(IServiceProvider services)
    {
        if (_handler is { } kept)
        {
            return kept;
        }
        var handler = services.GetService(ServiceType) as IOpenIddictServerHandler<TContext>
            ?? throw new InvalidOperationException($"The OpenIddict server handler {ServiceType} is not registered, or does not handle {typeof(TContext)}.");
        if (_singletonHandler)
        {
            _handler = handler;
        }
        return handler;
    }
}
