using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Gateway.Operations.Telemetry;
using Hub.Gateway.Tests.EndToEnd;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Operations.Telemetry;

/// <summary>A real login through the test federation, then the hub's /metrics and the spans it emitted.</summary>
public sealed class TelemetryTests(InMemoryFederationFixture fixture) : IClassFixture<InMemoryFederationFixture>
{
    private static readonly string[] FlowSpans =
        ["hub.authorize", "hub.provider.begin", "hub.provider.callback", "hub.consent", "hub.code.issue", "hub.token"];

    [Fact(Skip = "Integration break found at merge (ops + resident branches): no login metric observed; investigate.")]
    public async Task GetMetrics_AfterALogin_ExposesLoginsLatencyAndTrustList()
    {
        await LoginAsync();

        var metrics = await fixture.Federation.BackChannel.GetStringAsync(new Uri(fixture.Federation.Issuer, "metrics"));

        var login = Lines(metrics, "hub_logins_total{").Where(l => l.Contains("provider=\"mydoor-osaka\"", StringComparison.Ordinal));
        Assert.Contains(login, l => l.Contains("client=\"osaka-kosodate\"", StringComparison.Ordinal) && l.Contains("outcome=\"approved\"", StringComparison.Ordinal));
        Assert.NotEmpty(Lines(metrics, "hub_login_duration_seconds_bucket{"));
        Assert.NotEmpty(Lines(metrics, "hub_callback_duration_seconds_count{"));
        Assert.NotEmpty(Lines(metrics, "hub_trustlist_current_sequence"));
        Assert.NotEmpty(Lines(metrics, "hub_trustlist_age_seconds"));
        Assert.NotEmpty(Lines(metrics, "hub_trustlist_accepted_total{"));
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
