using Hub.Adapters.Abstractions;
using Hub.Adapters.Mapping;
using Hub.TrustList.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Adapters.DependencyInjection;

public static class HubAdaptersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the provider adapters (found by scanning, one per protocol), their options (validated at start),
    /// the resilient HttpClients, the assertion translation and in-process defaults for time, randomness and the
    /// replay cache. Hosts replace a default by registering their own before or after (<c>TryAdd</c>/<see cref="HubAdaptersBuilder"/>).
    /// The host must register an <see cref="Hub.TrustList.Loading.ITrustListSource"/>.
    /// </summary>
    /// <param name="configuration">The adapters' section (e.g. <c>HubAdapters</c>) with sub-sections per protocol.</param>
    public static HubAdaptersBuilder AddHubAdapters(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISecureRandom>(SystemSecureRandom.Instance);
        services.TryAddSingleton<IReplayCache, InMemoryReplayCache>();

        services.Scan(scan => scan
            .FromAssemblyOf<IProviderAdapter>()
            .AddClasses(classes => classes.AssignableTo<IProviderAdapter>(), publicOnly: false)
            .As<IProviderAdapter>()
            .WithSingletonLifetime());
        services.TryAddSingleton<IProviderAdapterRegistry, ProviderAdapterRegistry>();

        services.AddOidcAdapterServices(configuration?.GetSection(Oidc.Configuration.OidcAdapterOptions.SectionName));
        services.AddAssertionTranslation();
        return new HubAdaptersBuilder(services, configuration);
    }
}
