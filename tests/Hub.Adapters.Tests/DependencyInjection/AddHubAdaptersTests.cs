using Hub.Adapters.Abstractions;
using Hub.Adapters.DependencyInjection;
using Hub.Adapters.Oidc;
using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Common;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Adapters.Tests.DependencyInjection;

public sealed class AddHubAdaptersTests
{
    private static readonly TestSigningKey HubKey = TestSigningKey.Rsa("hub-di-1");

    private static ServiceProvider Build(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? new() { ["HubAdapters:Oidc:ClientSigningKey"] = HubKey.PrivateJwkJson() })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<ITrustListSource>(new FixedTrustListSource(TestTrustList.Snapshot()));
        services.AddHubAdapters(configuration.GetSection("HubAdapters"));
        // After AddHubAdapters, so it wins over whatever the mapping registration adds.
        services.AddSingleton<IAssertionTranslator, FakeAssertionTranslator>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddHubAdapters_Registry_ReturnsTheOidcAdapter()
    {
        using var provider = Build();

        var adapter = provider.GetRequiredService<IProviderAdapterRegistry>().For(ProviderProtocol.Oidc);

        Assert.IsType<OidcAdapter>(adapter);
        Assert.Equal(ProviderProtocol.Oidc, adapter.Protocol);
    }

    [Fact]
    public void AddHubAdapters_Scanning_RegistersEveryAdapterOfTheAssemblyOnceAndTheRegistryServesEach()
    {
        using var provider = Build();
        var expected = typeof(IProviderAdapter).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProviderAdapter).IsAssignableFrom(t))
            .ToHashSet();

        var adapters = provider.GetServices<IProviderAdapter>().ToList();
        var registry = provider.GetRequiredService<IProviderAdapterRegistry>();

        Assert.Equal(expected, adapters.Select(a => a.GetType()).ToHashSet());
        Assert.Equal(adapters.Count, registry.Protocols.Count);
        foreach (var adapter in adapters)
        {
            Assert.Same(adapter, registry.For(adapter.Protocol));
        }
    }

    [Fact]
    public void AddHubAdapters_Defaults_AreRegisteredAndReplaceable()
    {
        var services = new ServiceCollection();
        var custom = new InMemoryReplayCache(TimeProvider.System);
        services.AddSingleton<IReplayCache>(custom);

        services.AddHubAdapters();
        using var provider = services.BuildServiceProvider();

        Assert.Same(custom, provider.GetRequiredService<IReplayCache>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<SystemSecureRandom>(provider.GetRequiredService<ISecureRandom>());
    }

    [Fact]
    public void AddHubAdapters_ConfigurationSection_BindsPerProviderClients()
    {
        using var provider = Build(new()
        {
            ["HubAdapters:Oidc:ClientSigningKey"] = HubKey.PrivateJwkJson(),
            ["HubAdapters:Oidc:RequireIssParameter"] = "false",
            ["HubAdapters:Oidc:Clients:mydoor-osaka:Method"] = "ClientSecretBasic",
            ["HubAdapters:Oidc:Clients:mydoor-osaka:ClientSecret"] = "sandbox",
            ["HubAdapters:Oidc:Http:BreakerMinimumThroughput"] = "7",
        });

        var options = provider.GetRequiredService<IOptions<OidcAdapterOptions>>().Value;

        Assert.False(options.RequireIssParameter);
        Assert.Equal(ClientAuthenticationMethod.ClientSecretBasic, options.Clients["mydoor-osaka"].Method);
        Assert.Equal("sandbox", options.Clients["mydoor-osaka"].ClientSecret);
        Assert.Equal(7, options.Http.BreakerMinimumThroughput);
    }

    [Fact]
    public void AddHubAdapters_MissingClientSigningKey_FailsAtStartWithWhatToSet()
    {
        using var provider = Build(new());

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("HubAdapters:Oidc:ClientSigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProviderAdapterRegistry_TwoAdaptersForOneProtocol_Throws()
    {
        using var provider = Build();
        var adapter = provider.GetRequiredService<IProviderAdapterRegistry>().For(ProviderProtocol.Oidc);

        Assert.Throws<InvalidOperationException>(() => new ProviderAdapterRegistry([adapter, adapter]));
    }

    [Fact]
    public void ProviderAdapterRegistry_UnregisteredProtocol_TryGetIsFalse()
    {
        var registry = new ProviderAdapterRegistry([]);

        Assert.False(registry.TryGet(ProviderProtocol.Saml2, out _));
        Assert.Throws<InvalidOperationException>(() => registry.For(ProviderProtocol.Saml2));
    }
}
