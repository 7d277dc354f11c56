using Hub.Gateway.Tests.EndToEnd;

namespace Hub.Gateway.Tests.Bench;

/// <summary>The load generator against two hub instances sharing a real redis-server, alternating instances per request.</summary>
public sealed class LoadRunnerTwoInstanceSmokeTests(RedisFederationFixture fixture) : IClassFixture<RedisFederationFixture>
{
    [Fact]
    public async Task RunAsync_TwoInstancesOnRedis_CompletesLoginsWithBothInstancesServing()
    {
        using var http = Hub.Bench.Load.Browsing.Browser.CreateSharedClient();
        var target = LoadRunnerSmokeTests.Target(fixture.Federation, Hub.Bench.Load.Flow.Resident.All);
        var runner = new Hub.Bench.Load.Running.LoadRunner(target, http);

        // One browser first, as the harness does: the fresh store's hub keys and data-protection key get made once.
        var first = await runner.RunAsync(new Hub.Bench.Load.Running.LoadOptions(TimeSpan.FromSeconds(1), Concurrency: 1));
        Assert.True(first.Errors == 0, string.Join("; ", first.ErrorKinds.Select(e => $"{e.Key} ×{e.Value}")));

        var result = await runner.RunAsync(new Hub.Bench.Load.Running.LoadOptions(TimeSpan.FromSeconds(3), Concurrency: 4));

        Assert.True(result.Errors == 0, string.Join("; ", result.ErrorKinds.Select(e => $"{e.Key} ×{e.Value}")));
        Assert.True(result.Completed > 0);
        Assert.Equal(2, runner.Router.RequestsPerInstance.Count);
        Assert.All(runner.Router.RequestsPerInstance, requests => Assert.True(requests >= result.Completed, $"An instance served only {requests} requests."));
    }
}
