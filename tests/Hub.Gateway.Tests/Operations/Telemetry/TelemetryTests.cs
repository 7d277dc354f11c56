using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Tests.EndToEnd;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Operations.Telemetry;

/// <summary>A real login through the test federation, then the hub's /metrics and the spans it emitted.</summary>
public sealed class TelemetryTests(InMemoryFederationFixture fixture) : IClassFixture<InMemoryFederationFixture>
{
    private static readonly string[] FlowSpans =
        ["hub.authorize", "hub.provider.begin", "hub.provider.callback", "hub.consent", "hub.code.issue", "hub.token"];

    /// <summary>
    /// Aizu's card-proofed resident logs in once in this class, so the login passes the consent page (which ends the
    /// pending provider request); the metric still names the provider. Trust-list sequence and age are exported.
    /// </summary>
    [Fact]
    public async Task GetMetrics_AfterALoginThroughTheConsentPage_ExposesLoginsByProviderLatencyAndTrustList()
    {
        using var browser = fixture.Federation.CreateBrowser();
        var rp = fixture.Federation.CreateRelyingParty();
        var consentShown = false;
        var end = await new FederationLogin
        {
            User = "yuki",
            Password = "yuki-demo",
            BeforeStep = (step, _) =>
            {
                consentShown |= step == "consent";
                return Task.CompletedTask;
            },
        }.RunAsync(browser, rp.AuthorizeUrl("aizu-plus"));
        Assert.True(rp.Callback(end).ContainsKey("code"));
        Assert.True(consentShown);

        var metrics = await fixture.Federation.BackChannel.GetStringAsync(new Uri(fixture.Federation.Issuer, "metrics"));

        var logins = Lines(metrics, "hub_logins_total{");
        Assert.Contains(logins, l => l.Contains("provider=\"aizu-plus\"", StringComparison.Ordinal)
            && l.Contains("client=\"osaka-kosodate\"", StringComparison.Ordinal) && l.Contains("outcome=\"approved\"", StringComparison.Ordinal));
        Assert.DoesNotContain(logins, l => l.Contains("provider=\"none\"", StringComparison.Ordinal));
        Assert.NotEmpty(Lines(metrics, "hub_login_duration_seconds_bucket{"));
        Assert.NotEmpty(Lines(metrics, "hub_callback_duration_seconds_count{"));
        var sequence = fixture.Federation.TrustList.Document.Sequence;
        Assert.Contains(Lines(metrics, "hub_trustlist_current_sequence{"), l => l.EndsWith($"}} {sequence}", StringComparison.Ordinal));
        Assert.Contains(Lines(metrics, "hub_trustlist_age_seconds{"), l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture) >= 0);
        Assert.NotEmpty(Lines(metrics, "hub_trustlist_time_to_next_update_seconds{"));
        Assert.NotEmpty(Lines(metrics, "hub_trustlist_accepted_total{"));
    }

    /// <summary>
    /// Several hubs in one process (as in these tests, or the demo with its sandbox parts): each /metrics shows its
    /// own host's measurements only.
    /// </summary>
    [Fact]
    public async Task GetMetrics_OfAnotherHubInTheSameProcess_ShowsNoneOfThisHubsLogins()
    {
        await using var other = await OperationsHost.StartAsync();
        await LoginAsync();

        var metrics = await other.Client.GetStringAsync(new Uri("metrics", UriKind.Relative));

        Assert.Empty(Lines(metrics, "hub_logins_total{"));
        Assert.Empty(Lines(metrics, "hub_callback_duration_seconds_count{"));
        Assert.Single(Lines(metrics, "hub_trustlist_current_sequence{"));
    }

    /// <summary>
    /// The runtime's meter: an operator sees the garbage collector's pauses and collections per generation (on a host
    /// whose CPU caches the runtime cannot read, gen0 is collected tens of times a second: docs/deployment.md).
    /// </summary>
    [Fact]
    public async Task GetMetrics_AfterACollection_ExposesTheRuntimesGcPausesAndCollectionsByGeneration()
    {
        // A host of its own: the exporter may answer a scrape from its short cache, which must not hide another
        // test's fresh measurements on the shared federation.
        await using var host = await OperationsHost.StartAsync();
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);

        var metrics = await host.Client.GetStringAsync(new Uri("metrics", UriKind.Relative));

        var pause = Assert.Single(Lines(metrics, "dotnet_gc_pause_time_seconds_total"));
        Assert.True(double.Parse(pause[(pause.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture) > 0, pause);
        Assert.Contains(Lines(metrics, "dotnet_gc_collections_total{"), l => l.Contains("gc_heap_generation=\"gen0\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetMetrics_AfterARefusedPageRequest_CountsTheRejectionByItsStableCode()
    {
        using var browser = fixture.Federation.CreateBrowser();
        await browser.GetAsync(new Uri(fixture.Federation.Issuer, "flow/choose"));

        var metrics = await fixture.Federation.BackChannel.GetStringAsync(new Uri(fixture.Federation.Issuer, "metrics"));

        Assert.Contains(Lines(metrics, "hub_rejections_total{"), l => l.Contains("code=\"flow.page.no_flow\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_Traced_EmitsEveryFlowSpanTaggedWithTheFlowDigestOnly()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HubTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var client = await LoginAsync();

        var mine = spans.Where(s => Equals(s.GetTagItem("hub.client"), RelyingPartyClient.ClientId) || s.GetTagItem(HubTelemetry.FlowTag) is not null).ToList();
        foreach (var name in FlowSpans)
        {
            Assert.Contains(mine, s => s.OperationName == name);
        }
        var digests = mine.Select(s => s.GetTagItem(HubTelemetry.FlowTag) as string).OfType<string>().ToList();
        Assert.All(digests, d => Assert.Equal(16, d.Length));
        Assert.DoesNotContain(mine.SelectMany(s => s.TagObjects), t => Equals(t.Value, client.State) || Equals(t.Value, client.Nonce));
    }

    private async Task<RelyingPartyClient> LoginAsync()
    {
        using var browser = fixture.Federation.CreateBrowser();
        var rp = fixture.Federation.CreateRelyingParty();
        var end = await new FederationLogin { User = "ichiro", Password = "ichiro-demo" }.RunAsync(browser, rp.AuthorizeUrl("mydoor-osaka"));
        var response = rp.Callback(end);
        Assert.True(response.ContainsKey("code"), response.GetValueOrDefault("error"));
        await rp.RedeemAsync(response["code"]);
        return rp;
    }

    private static List<string> Lines(string metrics, string prefix)
        => [.. metrics.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];
}
