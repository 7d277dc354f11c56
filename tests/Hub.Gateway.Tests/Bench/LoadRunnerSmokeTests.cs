using Hub.Bench.Load.Flow;
using Hub.Bench.Load.Running;
using Hub.Gateway.Tests.EndToEnd;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Bench;

/// <summary>
/// The load generator of bench/Hub.Bench.Load, run for a few seconds against a federation in this process (the
/// sandbox providers and the hub on loopback), so it cannot rot: every login of every protocol completes with a
/// validated ID token, and the first login of each resident goes through the consent page.
/// </summary>
public sealed class LoadRunnerSmokeTests
{
    [Fact]
    public async Task RunAsync_InProcessStore_CompletesLoginsOfBothProtocolsWithoutErrors()
    {
        await using var federation = await TestFederation.StartAsync();
        using var http = Hub.Bench.Load.Browsing.Browser.CreateSharedClient();

        var runner = new LoadRunner(Target(federation, Resident.All), http);
        // One browser first, as the harness does (the fresh hub makes its keys once), then one browser per resident.
        var first = await runner.RunAsync(new LoadOptions(TimeSpan.FromSeconds(1), Concurrency: 1));
        var result = await runner.RunAsync(new LoadOptions(TimeSpan.FromSeconds(3), Concurrency: Resident.All.Count));

        Assert.True(first.Errors + result.Errors == 0, string.Join("; ", first.ErrorKinds.Concat(result.ErrorKinds).Select(e => $"{e.Key} ×{e.Value}")));
        Assert.True(result.Completed >= Resident.All.Count, $"Only {result.Completed} logins completed.");
        // Each resident's first login asks for consent; a second login racing the first may ask too.
        Assert.InRange(first.Consents + result.Consents, Resident.All.Count, first.Completed + result.Completed);
        Assert.Equal(result.Completed, result.HubMs.Length);
        Assert.All(result.HubMs.Zip(result.TotalMs), pair => Assert.InRange(pair.First, 0, double.MaxValue));
    }

    [Fact]
    public async Task RunAsync_OpenLoopRate_StartsNoMoreLoginsThanTheRateAllows()
    {
        await using var federation = await TestFederation.StartAsync();
        using var http = Hub.Bench.Load.Browsing.Browser.CreateSharedClient();
        var runner = new LoadRunner(Target(federation, Resident.Of(Resident.Oidc)), http);

        var first = await runner.RunAsync(new LoadOptions(TimeSpan.FromSeconds(1), Concurrency: 1));

        var result = await runner.RunAsync(new LoadOptions(TimeSpan.FromSeconds(2), Concurrency: 4, Rate: 2));

        Assert.Equal(0, first.Errors + result.Errors);
        Assert.InRange(result.Completed, 1, 4);
    }

    internal static LoadTarget Target(TestFederation federation, IReadOnlyList<Resident> residents)
        => new(federation.Issuer, federation.InstanceUrls, TestPaths.Key("demo-rp-osaka-kosodate.private.jwk"), residents);
}
