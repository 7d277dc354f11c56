using Hub.Gateway.Tests.EndToEnd.Infrastructure;

namespace Hub.Gateway.Tests.Interop;

/// <summary>One federation (in-process store) on loopback for a class of interop tests.</summary>
public sealed class InteropFederationFixture : IAsyncLifetime
{
    public TestFederation Federation { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Federation = await TestFederation.StartAsync();
        await HubWarmUp.RunAsync(Federation);
    }

    public async Task DisposeAsync() => await Federation.DisposeAsync();
}
