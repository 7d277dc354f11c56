using Hub.Gateway.Consents.Notification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Gateway.Tests.Operations.Logging;

/// <summary>
/// The hub's named clients for SET delivery and the trust list carry no per-request logging handlers (the hub logs
/// each delivery's and each fetch's outcome itself), while their resilience pipelines stay.
/// </summary>
public sealed class OutboundHttpLoggingTests
{
    /// <summary>TrustListFetcher.HttpClientName (internal to Hub.TrustList).</summary>
    private const string TrustListClient = "trustlist";

    [Theory]
    [InlineData(SetDeliveryOptions.HttpClientName)]
    [InlineData(TrustListClient)]
    public async Task NamedClient_Request_NoHttpClientLogRecordsButTheResiliencePipelineRuns(string name)
    {
        var logs = new CapturingLoggerProvider();
        await using var hub = await OperationsHost.StartAsync(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = hub.Services.GetRequiredService<IHttpClientFactory>().CreateClient(name);
        logs.Records.Clear();

        using var response = await client.GetAsync(new Uri(hub.Client.BaseAddress!, "readyz"));

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        var categories = logs.Records.Select(r => r.Category).ToList();
        Assert.DoesNotContain(categories, c => c.StartsWith("System.Net.Http.HttpClient." + name, StringComparison.Ordinal));
        Assert.Contains(categories, c => c.StartsWith("Polly", StringComparison.Ordinal));
    }
}
