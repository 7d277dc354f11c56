using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.EndToEnd;

/// <summary>The login scenarios on one hub with the in-process store.</summary>
public sealed class InMemoryLoginTests(InMemoryFederationFixture fixture) : LoginScenarios, IClassFixture<InMemoryFederationFixture>
{
    protected override TestFederation Federation => fixture.Federation;
}

public sealed class InMemoryFederationFixture : IAsyncLifetime
{
    public TestFederation Federation { get; private set; } = null!;

    public async Task InitializeAsync() => Federation = await TestFederation.StartAsync();

    public async Task DisposeAsync() => await Federation.DisposeAsync();
}
