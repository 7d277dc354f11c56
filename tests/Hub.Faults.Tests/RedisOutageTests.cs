using System.Net;
using Hub.Faults.Tests.Infrastructure;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.Gateway.Tests.Infrastructure;

namespace Hub.Faults.Tests;

/// <summary>
/// Redis (with AOF) is killed under two running hub processes: they fail closed (the 503 page, nothing reaches the
/// RP, /readyz unready), and when the same redis-server comes back on its data they recover without a restart (ready
/// again), with every consent record written before the outage still there.
/// </summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task Logins_RedisKilledAndRestarted_FailClosedThenRecoverWithConsentsKept()
    {
        await using var redis = await RedisServerProcess.StartAsync(appendOnly: true);
        await using var federation = await ProcessFederation.StartAsync(redis.ConnectionString, instances: 2);
        var taro = Resident.All[0];
        var before = await LoginOutcome.RunAsync(federation, taro);
        Assert.NotNull(before.Code);
        var recordsBefore = await ConsentRecordsAsync(redis, federation, taro);
        Assert.Contains(recordsBefore, r => r.Action == ConsentAction.Granted);
        await AssertEveryInstanceAsync(federation, HttpStatusCode.OK);

        // A login at the choice page when Redis dies, and one begun while it is down.
        using var browser = federation.CreateBrowser();
        var rp = federation.CreateRelyingParty();
        var choice = await browser.FollowAsync(await browser.GetAsync(rp.AuthorizeUrl()));
        Assert.NotNull(choice.Form("choose"));
        await redis.StopAsync();
        var midFlow = await browser.FollowAsync(await browser.SubmitAsync(choice, "choose", ("choice", "mebuku")));
        var fresh = await LoginOutcome.RunAsync(federation, Resident.All[4]);

        ErrorPages.AssertShown(midFlow, "store-unavailable", HttpStatusCode.ServiceUnavailable);
        Assert.Null(fresh.Code);
        Assert.False(fresh.ReachedRelyingParty, fresh.ToString());
        Assert.Equal("store-unavailable", fresh.ErrorKind);
        Assert.True(fresh.IsCleanErrorPage, fresh.ToString());
        await AssertEveryInstanceAsync(federation, HttpStatusCode.ServiceUnavailable);

        await redis.RestartAsync();
        await AssertEveryInstanceAsync(federation, HttpStatusCode.OK);
        var after = await LoginOutcome.RunAsync(federation, taro, (step, page) =>
        {
            Assert.NotEqual("consent", step); // the standing consent given before the outage is still there
            return Task.CompletedTask;
        });
        Assert.NotNull(after.Code);
        var tokens = await after.RelyingParty.RedeemAsync(after.Code!);
        await after.RelyingParty.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!);
        Assert.All(federation.Hubs, hub => Assert.True(hub.IsRunning));
        Assert.Equal(recordsBefore.Select(r => r.Hash), (await ConsentRecordsAsync(redis, federation, taro)).Select(r => r.Hash));
    }

    /// <summary>Every instance's /readyz reaches <paramref name="expected"/> (the store check pings Redis at each call).</summary>
    private static async Task AssertEveryInstanceAsync(ProcessFederation federation, HttpStatusCode expected)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var hub in federation.Hubs)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            HttpStatusCode status;
            string body;
            do
            {
                using var response = await http.GetAsync(new Uri(hub.Url, "readyz"));
                (status, body) = (response.StatusCode, await response.Content.ReadAsStringAsync());
                if (status != expected)
                {
                    await Task.Delay(250);
                }
            }
            while (status != expected && DateTime.UtcNow < deadline);
            Assert.True(status == expected, $"{hub.Url}readyz answered {(int)status}, expected {(int)expected}: {body}");
        }
    }

    private static async Task<IReadOnlyList<ConsentRecord>> ConsentRecordsAsync(RedisServerProcess redis, ProcessFederation federation, Resident resident)
    {
        await using var store = new StoreReader(redis.ConnectionString, federation.KeyPrefix);
        Assert.True((await store.Consents.VerifyRecordsAsync(resident.ConsentSubject)).IsIntact);
        return await store.Consents.ReadRecordsAsync(resident.ConsentSubject);
    }
}
