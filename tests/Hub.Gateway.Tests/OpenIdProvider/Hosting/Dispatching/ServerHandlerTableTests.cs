using Hub.Gateway.OpenIdProvider.Hosting;
using Hub.Gateway.OpenIdProvider.Hosting.Dispatching;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static Hub.Gateway.Tests.OpenIdProvider.Hosting.Dispatching.DispatchProbe;

namespace Hub.Gateway.Tests.OpenIdProvider.Hosting.Dispatching;

public sealed class ServerHandlerTableTests
{
    [Fact]
    public void For_OptionsHandOutAnotherList_Rebuilds()
    {
        var monitor = new SwitchingMonitor(Options(Handler("a")));
        var table = new ServerHandlerTable(monitor);
        var before = table.For<ProbeContext>();

        monitor.Current = Options(Handler("a"), Handler("b"));
        var after = table.For<ProbeContext>();

        Assert.Single(before);
        Assert.Equal(2, after.Length);
        Assert.Same(after, table.For<ProbeContext>());
    }

    [Fact]
    public void For_HandlerAddedToTheSameList_Rebuilds()
    {
        var options = Options(Handler("a"));
        var table = new ServerHandlerTable(new SwitchingMonitor(options));
        Assert.Single(table.For<ProbeContext>());

        options.Handlers.Add(Handler("b"));

        Assert.Equal(2, table.For<ProbeContext>().Length);
    }

    /// <summary>
    /// The hub's real OpenIddict configuration: OpenIddict's scoped dispatcher registration is replaced by ours, and
    /// for every event type the table holds exactly the descriptors of that type, in the options' order.
    /// </summary>
    [Fact]
    public void AddHubOpenIdProvider_RealHandlerList_DispatcherReplacedAndEveryEventsHandlersInOrder()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:Demo"] = "true" }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IHostEnvironment>(new TestHostEnvironment());
        collection.AddSingleton<ITrustListSource>(new FixedTrustListSource(TestTrustList.Build(new TestRelyingPartyKeys().PublicKeys)));
        collection.AddHubOpenIdProvider(configuration);
        collection.AddOpenIddict().AddServer(_ => { });

        var registration = Assert.Single(collection, d => d.ServiceType == typeof(IOpenIddictServerDispatcher));
        Assert.Equal(ServiceLifetime.Scoped, registration.Lifetime);
        using var services = collection.BuildServiceProvider();
        using var scope = services.CreateScope();
        Assert.IsType<HubServerDispatcher>(scope.ServiceProvider.GetRequiredService<IOpenIddictServerDispatcher>());

        var handlers = services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.Handlers;
        var table = services.GetRequiredService<ServerHandlerTable>();
        var forMethod = typeof(ServerHandlerTable).GetMethod(nameof(ServerHandlerTable.For))!;
        var eventTypes = handlers.Select(h => h.ContextType).Distinct().ToList();
        Assert.True(eventTypes.Count > 20, $"only {eventTypes.Count} event types");
        foreach (var eventType in eventTypes)
        {
            var entries = (Array)forMethod.MakeGenericMethod(eventType).Invoke(table, null)!;
            var descriptors = entries.Cast<object>().Select(e => (OpenIddictServerHandlerDescriptor)e.GetType().GetProperty("Descriptor")!.GetValue(e)!);
            Assert.Equal(handlers.Where(h => h.ContextType == eventType), descriptors);
        }
    }

    private static OpenIddictServerOptions Options(params OpenIddictServerHandlerDescriptor[] handlers)
    {
        var options = new OpenIddictServerOptions();
        options.Handlers.Clear();
        options.Handlers.AddRange(handlers);
        return options;
    }

    private sealed class SwitchingMonitor(OpenIddictServerOptions current) : IOptionsMonitor<OpenIddictServerOptions>
    {
        public OpenIddictServerOptions Current { get; set; } = current;

        public OpenIddictServerOptions CurrentValue => Current;

        public OpenIddictServerOptions Get(string? name) => Current;

        public IDisposable? OnChange(Action<OpenIddictServerOptions, string?> listener) => null;
    }
}
