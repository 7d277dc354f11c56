using Hub.TrustList.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Gateway.Operations.TrustListBrowser;

/// <summary>
/// The public, read-only trust-list browser: the pages under <c>/trustlist</c> (Pages/TrustList) and the raw
/// signed list at <c>/trustlist/raw</c>.
/// </summary>
public static class TrustListBrowserExtensions
{
    public const string RawPath = "/trustlist/raw";

    public static IServiceCollection AddHubTrustListBrowser(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new TrustListHistory(
            provider.GetRequiredService<ITrustListSource>(), provider.GetService<TrustListLoader>()));
        services.AddHostedService<TrustListHistoryStarter>();
        return services;
    }

    public static IEndpointRouteBuilder MapHubTrustListBrowser(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(RawPath, (ITrustListRawSource source, CancellationToken cancellationToken) =>
            TrustListRawDocument.DownloadAsync(source, cancellationToken));
        return endpoints;
    }
}
