using System.Diagnostics;
using System.Net;
using Hub.Faults.Tests.Infrastructure;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.Gateway.Tests.Infrastructure;

namespace Hub.Faults.Tests;

/// <summary>
/// mydoor's back channel (token, jwks, userinfo, discovery) goes slow, then down, then comes back, behind a proxy of
/// the test. The hub's timeouts hold, mydoor's circuit breaker opens for mydoor alone (the other providers keep
/// completing logins), the person sees the provider-unavailable page, and the breaker closes again.
/// </summary>
public sealed class ProviderOutageTests
{
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(3);

    private static readonly Dictionary<string, string?> ShortResilience = new()
    {
        ["HubAdapters:Oidc:Http:TotalTimeout"] = "00:00:02",
        ["HubAdapters:Oidc:Http:AttemptTimeout"] = "00:00:01",
        ["HubAdapters:Oidc:Http:MaxRetryAttempts"] = "0",
        ["HubAdapters:Oidc:Http:BreakerFailureRatio"] = "0.5",
        ["HubAdapters:Oidc:Http:BreakerMinimumThroughput"] = "2",
        ["HubAdapters:Oidc:Http:BreakerSamplingDuration"] = "00:00:30",
        ["HubAdapters:Oidc:Http:BreakDuration"] = "00:00:03",
    };

    private static Resident Ichiro => Resident.All.Single(r => r.User == "ichiro");

    private static Resident Yuki => Resident.All.Single(r => r.Provider == "aizu-plus");

    [Fact]
    public async Task Logins_MydoorSlowThenDownThenBack_TimeoutHoldsBreakerOpensForMydoorAloneAndRecovers()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var federation = await ProcessFederation.StartAsync(redis.ConnectionString, instances: 1, ShortResilience);
        var proxy = federation.MydoorProxy;
        var clock = Stopwatch.StartNew();
        Assert.NotNull((await LoginOutcome.RunAsync(federation, Ichiro)).Code);
        var normal = clock.Elapsed;

        // Slow: each back-channel call is held for 30 s. Discovery and the token call each give up at the total
        // timeout, so the login ends on the 503 page long before a single held call would have returned.
        proxy.Delay = TimeSpan.FromSeconds(30);
        proxy.Fault = ProviderFault.Slow;
        clock.Restart();
        var slow = await LoginOutcome.RunAsync(federation, Ichiro);
        var slowTook = clock.Elapsed;
        ErrorPages.AssertShown(slow.End, "provider-unavailable", HttpStatusCode.ServiceUnavailable);
        var bound = normal + (2 * TotalTimeout) + TimeSpan.FromSeconds(8);
        Assert.True(slowTook < bound, $"The slow provider held the login for {slowTook} (a normal login took {normal}).");

        // Down: after a failure or two the breaker opens, and the hub stops calling mydoor at all.
        proxy.Fault = ProviderFault.Down;
        ErrorPages.AssertShown((await LoginOutcome.RunAsync(federation, Ichiro)).End, "provider-unavailable", HttpStatusCode.ServiceUnavailable);
        ErrorPages.AssertShown((await LoginOutcome.RunAsync(federation, Ichiro)).End, "provider-unavailable", HttpStatusCode.ServiceUnavailable);
        var callsBefore = proxy.BackChannelRequests;
        var open = await LoginOutcome.RunAsync(federation, Ichiro);
        ErrorPages.AssertShown(open.End, "provider-unavailable", HttpStatusCode.ServiceUnavailable);
        Assert.Equal(callsBefore, proxy.BackChannelRequests);

        // The others keep working meanwhile.
        Assert.NotNull((await LoginOutcome.RunAsync(federation, Yuki)).Code);
        Assert.NotNull((await LoginOutcome.RunAsync(federation, Resident.All[0])).Code);

        // Back: after the break the breaker lets a call through, and mydoor logins complete again.
        proxy.Fault = ProviderFault.None;
        await Task.Delay(BreakDuration + TimeSpan.FromMilliseconds(500));
        var back = await LoginOutcome.RunAsync(federation, Ichiro);
        Assert.NotNull(back.Code);
        var tokens = await back.RelyingParty.RedeemAsync(back.Code!);
        await back.RelyingParty.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
    }
}
