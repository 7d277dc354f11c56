using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Registration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Faults.Tests.Infrastructure;

/// <summary>The hub's Redis stores opened from the test process (as an operator's tool would), to check what the instances wrote.</summary>
public sealed class StoreReader : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public StoreReader(string redis, string keyPrefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis,
            ["Stores:KeyPrefix"] = keyPrefix,
        }).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddHubStores(configuration)
            .BuildServiceProvider();
    }

    public IConsentStore Consents => _services.GetRequiredService<IConsentStore>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
