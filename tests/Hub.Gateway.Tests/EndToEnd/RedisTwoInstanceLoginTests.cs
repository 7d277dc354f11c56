using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Hub.Gateway.Tests.Infrastructure;
using Sandbox.Providers.Mebuku;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// The login scenarios on the Redis store (a real redis-server), with two hub instances sharing it and its
/// data-protection keys: every request of the browser and of the RP goes to the other instance than the one
/// before, so each step of every login is handed over.
/// </summary>
public sealed class RedisTwoInstanceLoginTests(RedisFederationFixture fixture) : LoginScenarios, IClassFixture<RedisFederationFixture>
{
    protected override TestFederation Federation => fixture.Federation;

    protected override bool Alternate => true;

    [Fact]
    public async Task Login_StepsAlternatingBetweenInstances_CompletesWithBothServing()
    {
        var before = Federation.RequestsPerInstance;

        var token = await LoginAsync(new FederationLogin { Choice = "mebuku", User = "sachiko", Password = "sachiko-demo" });

        Assert.Equal(ExpectedSubject.For("mebuku", MebukuResidents.Sachiko.UserNumber), token.Subject);
        var after = Federation.RequestsPerInstance;
        Assert.All(after.Zip(before), pair => Assert.True(pair.First - pair.Second >= 3, "Both instances must serve several steps."));
    }
}

public sealed class RedisFederationFixture : IAsyncLifetime
{
    private RedisServerProcess? _redis;

    public TestFederation Federation { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServerProcess.StartAsync();
        Federation = await TestFederation.StartAsync(redis: _redis.ConnectionString, instances: 2);
    }

    public async Task DisposeAsync()
    {
        if (Federation is not null)
        {
            await Federation.DisposeAsync();
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
