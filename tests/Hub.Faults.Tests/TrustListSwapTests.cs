using System.Net;
using Hub.Faults.Tests.Infrastructure;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.Gateway.Tests.Infrastructure;

namespace Hub.Faults.Tests;

/// <summary>
/// The coordinator publishes a list that suspends mydoor while logins run on two hub processes, which pick it up at
/// their next refresh (every second here). Logins with the other providers keep completing; after the swap no new
/// mydoor login completes, and the mydoor logins in flight (at mydoor's login page) are refused at their next step.
/// </summary>
public sealed class TrustListSwapTests
{
    private const string Mydoor = "mydoor-osaka";

    [Fact]
    public async Task Logins_ListSuspendingMydoorPublishedUnderLoad_MydoorRefusedFromTheNextStepOthersComplete()
    {
        await using var redis = await RedisServerProcess.StartAsync();
        await using var federation = await ProcessFederation.StartAsync(
            redis.ConnectionString, instances: 2, new Dictionary<string, string?> { ["TrustList:RefreshInterval"] = "00:00:01" });
        var mydoorResidents = Resident.All.Where(r => r.Provider == Mydoor).ToList();
        var others = Resident.All.Where(r => r.Provider != Mydoor).ToList();
        Assert.NotNull((await LoginOutcome.RunAsync(federation, mydoorResidents[0])).Code);

        // Load: logins with the other providers, four at a time, until the end of the test.
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(worker => RunUntilAsync(federation, others, worker, stop.Token)).ToList();

        // Three mydoor logins wait at mydoor's login page while the list changes.
        var release = new TaskCompletionSource();
        var waiting = new CountdownEvent(3);
        var inFlight = Enumerable.Range(0, 3).Select(i => LoginOutcome.RunAsync(federation, mydoorResidents[i % mydoorResidents.Count], async (step, _) =>
        {
            if (step == "login")
            {
                waiting.Signal();
                await release.Task;
            }
        })).ToList();
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(30)), "The mydoor logins did not reach mydoor's login page.");

        federation.Publish(TrustListChanges.SuspendProvider(Mydoor));
        await WaitUntilEveryInstanceHidesAsync(federation, Mydoor);
        release.SetResult();

        foreach (var outcome in await Task.WhenAll(inFlight))
        {
            ErrorPages.AssertShown(outcome.End, "provider-suspended", HttpStatusCode.Forbidden);
        }
        for (var i = 0; i < 4; i++)
        {
            var late = await LoginOutcome.RunAsync(federation, mydoorResidents[i % mydoorResidents.Count]);
            Assert.Null(late.Code);
            ErrorPages.AssertShown(late.End, "provider-suspended", HttpStatusCode.Forbidden);
        }
        await stop.CancelAsync();
        var completed = (await Task.WhenAll(load)).Sum();
        Assert.True(completed >= 4, $"Only {completed} logins with the other providers completed under the swap.");
    }

    /// <summary>Runs logins until stopped; every one must complete (the swap does not touch these providers).</summary>
    private static async Task<int> RunUntilAsync(ProcessFederation federation, IReadOnlyList<Resident> residents, int worker, CancellationToken stop)
    {
        var completed = 0;
        for (var i = worker; !stop.IsCancellationRequested; i++)
        {
            var outcome = await LoginOutcome.RunAsync(federation, residents[i % residents.Count]);
            Assert.True(outcome.Code is not null, $"A login with {residents[i % residents.Count].Provider} failed under the swap:\n{outcome}\n{federation.Logs}");
            completed++;
        }
        return completed;
    }

    /// <summary>Polls each instance directly (past the balancer) until its choice page no longer lets one choose the provider.</summary>
    private static async Task WaitUntilEveryInstanceHidesAsync(ProcessFederation federation, string providerId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(45);
        foreach (var hub in federation.Hubs)
        {
            while (true)
            {
                using var browser = new BrowserClient(url => url.Authority == federation.Issuer.Authority ? new Uri(hub.Url, url.PathAndQuery) : url);
                var choice = await browser.FollowAsync(await browser.GetAsync(federation.CreateRelyingParty().AuthorizeUrl()));
                Assert.True(choice.Form("choose") is not null, $"{hub.Url} showed no choice page:\n{choice}\n{federation.Logs}");
                // A suspended provider stays on the page, greyed, without its button (docs/discovery.md).
                if (!choice.Html.Contains($"name=\"choice\" value=\"{providerId}\"", StringComparison.Ordinal))
                {
                    break;
                }
                Assert.True(DateTime.UtcNow < deadline, $"{hub.Url} still offers {providerId}.");
                await Task.Delay(200);
            }
        }
    }
}
