using System.Net;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.TrustList.Model;

namespace Hub.Gateway.Tests.Operations.Telemetry;

/// <summary>
/// The breaker state of each provider on /metrics (issue 7): mydoor's token endpoint (pinned, no discovery) is a port
/// where nothing listens, so each mydoor login fails at the code exchange; the breaker opens after two failed calls
/// and the gauge for mydoor goes from closed (0) to open (2); Aizu's stays closed.
/// </summary>
public sealed class ProviderBreakerMetricsTests
{
    private static readonly Dictionary<string, string?> ShortBreaker = new()
    {
        ["HubAdapters:Oidc:Http:TotalTimeout"] = "00:00:05",
        ["HubAdapters:Oidc:Http:AttemptTimeout"] = "00:00:02",
        ["HubAdapters:Oidc:Http:MaxRetryAttempts"] = "0",
        ["HubAdapters:Oidc:Http:BreakerFailureRatio"] = "0.5",
        ["HubAdapters:Oidc:Http:BreakerMinimumThroughput"] = "2",
        ["HubAdapters:Oidc:Http:BreakerSamplingDuration"] = "00:00:30",
        ["HubAdapters:Oidc:Http:BreakDuration"] = "00:01:00",
    };

    [Fact]
    public async Task GetMetrics_MydoorDownUntilItsBreakerOpens_BreakerStateGoesFromClosedToOpenForMydoorAlone()
    {
        await using var federation = await TestFederation.StartAsync(adjust: MydoorTokenEndpointDown, settings: ShortBreaker);
        Assert.True(RelyingPartyClient.IsCallback((await LoginAsync(federation, "aizu-plus", "yuki")).Location!));

        ErrorPages.AssertShown(await LoginAsync(federation, "mydoor-osaka", "ichiro"), "provider-unavailable", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("0", await BreakerStateAsync(federation, "mydoor-osaka", "0"));

        ErrorPages.AssertShown(await LoginAsync(federation, "mydoor-osaka", "ichiro"), "provider-unavailable", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("2", await BreakerStateAsync(federation, "mydoor-osaka", "2"));
        Assert.Equal("0", await BreakerStateAsync(federation, "aizu-plus", "0"));

        // Polly's events stay (deployment.md alerts on OnCircuitOpened); its per-execution histogram is dropped.
        var metrics = await federation.BackChannel.GetStringAsync(new Uri(federation.Issuer, "metrics"));
        Assert.Contains("event_name=\"OnCircuitOpened\"", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain("resilience_polly_pipeline_duration", metrics, StringComparison.Ordinal);
    }

    private static TrustListDocument MydoorTokenEndpointDown(TrustListDocument document) => document with
    {
        IdentityProviders = [.. document.IdentityProviders.Select(p => p.Id == "mydoor-osaka"
            ? p with { Oidc = p.Oidc! with { TokenEndpoint = new Uri($"http://127.0.0.1:{FreePort.Next()}/token"), DiscoveryUrl = null } }
            : p)],
    };

    private static async Task<BrowserPage> LoginAsync(TestFederation federation, string provider, string user)
    {
        using var browser = federation.CreateBrowser();
        var rp = federation.CreateRelyingParty();
        return await new FederationLogin { User = user, Password = user + "-demo" }.RunAsync(browser, rp.AuthorizeUrl(provider));
    }

    /// <summary>The provider's breaker gauge; polled briefly, as the scrape endpoint caches its answer for a moment.</summary>
    private static async Task<string?> BreakerStateAsync(TestFederation federation, string provider, string expected)
    {
        string? value = null;
        for (var attempt = 0; attempt < 20 && value != expected; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(100);
            }
            var metrics = await federation.BackChannel.GetStringAsync(new Uri(federation.Issuer, "metrics"));
            var line = metrics.Split('\n').FirstOrDefault(l => l.StartsWith("hub_provider_breaker_state{", StringComparison.Ordinal)
                && l.Contains($"provider=\"{provider}\"", StringComparison.Ordinal));
            value = line?[(line.LastIndexOf(' ') + 1)..];
        }
        return value;
    }
}
