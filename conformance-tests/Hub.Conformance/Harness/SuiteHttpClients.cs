using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hub.Conformance.Harness;

/// <summary>
/// The suite's own HttpClients (besides the hub's): the "browser" that follows the login recipe, which never follows
/// redirects by itself and keeps no cookies in the shared handler (each flow has its own jar), and the metadata client.
/// </summary>
internal static class SuiteHttpClients
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>No login page, metadata document or key set is this large.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static void Add(IServiceCollection services)
    {
        services.AddHttpClient(HubHarness.BrowserClient, client => client.MaxResponseContentBufferSize = MaxBodyBytes)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            // A login POST is not idempotent: no retry, only a timeout.
            .AddResilienceHandler(HubHarness.BrowserClient, builder => builder.AddTimeout(RequestTimeout));
        services.AddHttpClient(HubHarness.MetadataClient, client => client.MaxResponseContentBufferSize = MaxBodyBytes)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler(HubHarness.MetadataClient, builder => builder
                .AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 2, Delay = TimeSpan.FromMilliseconds(200) })
                .AddTimeout(RequestTimeout));
    }
}
