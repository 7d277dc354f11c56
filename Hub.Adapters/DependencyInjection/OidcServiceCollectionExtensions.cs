using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Oidc.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.DependencyInjection;

internal static class OidcServiceCollectionExtensions
{
    /// <summary>
    /// The OIDC adapter's options and its one named HttpClient. The resilience pipeline is selected per provider
    /// (each request carries its provider id), so every provider gets its own circuit breaker although the set of
    /// providers is only known from the trust list at run time.
    /// </summary>
    public static IServiceCollection AddOidcAdapterServices(this IServiceCollection services, IConfiguration? section)
    {
        var options = services.AddOptionsWithValidateOnStart<OidcAdapterOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OidcAdapterOptions>, OidcAdapterOptionsValidator>());

        services.AddMetrics();
        services.TryAddSingleton<ProviderBreakerStates>();
        services.AddHttpClient(OidcHttp.ClientName, (provider, client) =>
            {
                var http = provider.GetRequiredService<IOptions<OidcAdapterOptions>>().Value.Http;
                // The pipeline's total timeout governs; this is only a backstop.
                client.Timeout = http.TotalTimeout + TimeSpan.FromSeconds(5);
                client.MaxResponseContentBufferSize = OidcHttp.MaxResponseBytes;
            })
            // No per-request logging handlers: the adapter logs each outcome itself (OidcLog), and this client runs
            // on every OIDC-brokered login.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A provider's token or userinfo endpoint never redirects; following one could send the code elsewhere.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler(OidcHttp.PipelineName, (builder, context) =>
                OidcResiliencePipeline.Configure(builder, context.GetOptions<OidcAdapterOptions>().Http,
                    context.ServiceProvider.GetRequiredService<ProviderBreakerStates>(), context.InstanceName))
            .SelectPipelineBy(_ => OidcHttp.PipelineKey);
        return services;
    }
}
