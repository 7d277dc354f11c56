using System.Collections.Frozen;

namespace Hub.Gateway.OpenIdProvider.Hosting.Dispatching;

/// <summary>
/// Which services of the container are singletons, read once from the service collection it was built from (the last
/// registration of a type is the one <see cref="IServiceProvider.GetService"/> returns). The dispatcher keeps the
/// instances of singleton filters and handlers instead of resolving them from the request's scope at every event;
/// scoped and transient ones are still resolved every time.
/// </summary>
public sealed class ServiceLifetimes
{
    private readonly Lazy<FrozenSet<Type>> _singletons;

    /// <param name="services">The collection the container is built from; read at the first question, when it is complete.</param>
    public ServiceLifetimes(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _singletons = new(() => Singletons(services));
    }

    public bool IsSingleton(Type serviceType) => _singletons.Value.Contains(serviceType);

    private static FrozenSet<Type> Singletons(IServiceCollection services)
    {
        var last = new Dictionary<Type, ServiceLifetime>();
        foreach (var descriptor in services.Where(d => !d.IsKeyedService))
        {
            last[descriptor.ServiceType] = descriptor.Lifetime;
        }
        return last.Where(pair => pair.Value == ServiceLifetime.Singleton).Select(pair => pair.Key).ToFrozenSet();
    }
}
