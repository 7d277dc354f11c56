using Hub.Adapters.DependencyInjection;
using Hub.Adapters.Saml2.Metadata;
using Hub.Adapters.Saml2.Options;
using Hub.Gateway.Consents;
using Hub.Gateway.Flow;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Operations.Health;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Operations.TrustListBrowser;
using Hub.Gateway.OpenIdProvider.Hosting;
using Hub.Gateway.Pages;
using Hub.Gateway.Policy;
using Hub.Gateway.Stores.Registration;
using Hub.TrustList.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Hosting;

public static class FederationHubServiceCollectionExtensions
{
    /// <summary>
    /// The whole hub: the trust list (loader: file or URL, pinned anchors, refresh), the state stores (Redis when
    /// <c>Redis:Configuration</c> is set, else in-process), the provider adapters, the OpenID provider, the
    /// orchestration and its pages. Every part is added with TryAdd, so a host (or a test) can register its own
    /// first; every setting is validated when the host starts, with a message naming what to set.
    /// </summary>
    public static IServiceCollection AddFederationHub(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTrustList(options => configuration.GetSection(TrustListLoaderOptions.SectionName).Bind(options));

        // Stores first: the provider's and the adapters' in-process defaults are TryAdd and give way to them.
        services.AddHubStores(configuration);
        services.AddHubAdapters(configuration.GetSection("HubAdapters"));
        services.AddSamlServiceProvider(configuration);
        services.TryAddSingleton<IAuthorizationInteraction, FlowInteraction>();
        services.TryAddSingleton<ICodeIssuanceAudit, CodeIssuanceAudit>();
        services.AddHubOpenIdProvider(configuration);
        services.AddOpenIddict().AddServer(server => server.AddEventHandler(AuditCodeIssuance.Descriptor));

        services.AddOptionsWithValidateOnStart<FlowOptions>().Bind(configuration.GetSection(FlowOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FlowOptions>, FlowOptionsValidator>());
        services.TryAddSingleton<ConsentSubject>();
        services.TryAddSingleton<FlowRepository>();
        services.TryAddSingleton<FlowBrowserBinding>();
        services.TryAddSingleton<FlowUrls>();
        services.TryAddSingleton<FlowFinisher>();
        services.TryAddSingleton<FlowAccess>();
        services.TryAddSingleton<ProviderLauncher>();
        services.TryAddSingleton<ProviderChoiceStep>();
        services.TryAddSingleton(Discovery.RegionCatalog.Shipped);
        services.TryAddSingleton<Discovery.DiscoveryIndexCache>();
        services.TryAddSingleton<Discovery.LastChoiceCookie>();
        services.TryAddSingleton<ProviderCallbackHandler>();
        services.TryAddSingleton<ConsentStep>();
        services.TryAddSingleton<FlowStarter>();
        services.TryAddSingleton<FlowResumer>();
        services.TryAddScoped<OpenIdProvider.Authorization.AuthorizationCompletion>();

        services.AddConsentDashboard(configuration);
        services.AddHubPages();
        services.AddHubHealth();
        services.AddHubTelemetry(configuration);
        services.AddHubTrustListBrowser();
        return services;
    }

    /// <summary>
    /// The hub's SAML SP (section <c>Hub:Saml2</c>): entity ID and ACS default to <c>{issuer}saml/metadata</c> and
    /// <c>{issuer}saml/acs</c>; the signing key and certificate must be set (the demo sets the sandbox's).
    /// </summary>
    private static void AddSamlServiceProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<Saml2SpOptions>()
            .Bind(configuration.GetSection(Saml2SpOptions.SectionName))
            .PostConfigure<IOptions<Hub.Gateway.OpenIdProvider.Options.HubOpenIdProviderOptions>>((saml, hub) =>
            {
                var issuer = hub.Value.Issuer.AbsoluteUri.TrimEnd('/') + "/";
                saml.EntityId = string.IsNullOrWhiteSpace(saml.EntityId) ? issuer + FlowPaths.SamlMetadata : saml.EntityId;
                saml.AssertionConsumerServiceUrl = string.IsNullOrWhiteSpace(saml.AssertionConsumerServiceUrl)
                    ? issuer + FlowPaths.SamlAcs
                    : saml.AssertionConsumerServiceUrl;
            });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Saml2SpOptions>, Saml2SpOptionsValidator>());
        services.TryAddSingleton<Saml2SpMetadataGenerator>();
    }
}
