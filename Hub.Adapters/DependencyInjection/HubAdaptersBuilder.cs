using Hub.Adapters.Abstractions;
using Hub.Adapters.Oidc.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Adapters.DependencyInjection;

/// <summary>Returned by <c>AddHubAdapters</c> to adjust the defaults.</summary>
public sealed class HubAdaptersBuilder
{
    internal HubAdaptersBuilder(IServiceCollection services, IConfiguration? configuration)
    {
        Services = services;
        Configuration = configuration;
    }

    public IServiceCollection Services { get; }

    /// <summary>The adapters' configuration section, if one was given (sub-sections <c>Oidc</c>, <c>Saml2</c>...).</summary>
    public IConfiguration? Configuration { get; }

    public HubAdaptersBuilder ConfigureOidc(Action<OidcAdapterOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }

    /// <summary>Replaces the in-process replay cache (e.g. with the gateway's Redis store).</summary>
    public HubAdaptersBuilder UseReplayCache<TCache>()
        where TCache : class, IReplayCache
    {
        Services.Replace(ServiceDescriptor.Singleton<IReplayCache, TCache>());
        return this;
    }
}
