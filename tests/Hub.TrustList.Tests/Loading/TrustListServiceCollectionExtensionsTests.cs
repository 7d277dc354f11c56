using Hub.TrustList.Loading;
using Hub.TrustList.Signing;
using Hub.TrustList.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.TrustList.Tests.Loading;

public class TrustListServiceCollectionExtensionsTests
{
    private static async Task<OptionsValidationException> StartFails(Action<TrustListLoaderOptions> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddTrustList(configure);
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task AddTrustList_NoAnchor_HostStopsNamingTheSetting()
    {
        var error = await StartFails(o => o.Source = "trustlist.json");

        Assert.Contains("TrustList:AnchorFiles", error.Message);
    }

    [Fact]
    public async Task AddTrustList_NoSource_HostStopsNamingTheSetting()
    {
        var error = await StartFails(o => o.AnchorJwks = [TestKeys.Coordinator.PublicAnchor.ToJwk()]);

        Assert.Contains("TrustList:Source", error.Message);
    }

    [Fact]
    public async Task AddTrustList_PlainHttpRemoteSource_HostStops()
    {
        var error = await StartFails(o =>
        {
            o.Source = "http://trust.example.jp/trustlist.json";
            o.AnchorJwks = [TestKeys.Coordinator.PublicAnchor.ToJwk()];
        });

        Assert.Contains("https", error.Message);
    }

    [Fact]
    public async Task AddTrustList_PrivateKeyAsAnchor_HostStops()
    {
        var error = await StartFails(o =>
        {
            o.Source = "trustlist.json";
            o.AnchorJwks = [KeyGenerator.Generate().PrivateJwk];
        });

        Assert.Contains("private key material", error.Message);
    }

    [Fact]
    public async Task AddTrustList_MissingAnchorFile_HostStops()
    {
        var error = await StartFails(o =>
        {
            o.Source = "trustlist.json";
            o.AnchorFiles = ["/nonexistent/coordinator.public.jwk"];
        });

        Assert.Contains("/nonexistent/coordinator.public.jwk", error.Message);
    }

    [Fact]
    public void AddTrustList_Registered_OneLoaderAsSourceAndHostedService()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrustList(o => (o.Source, o.AnchorJwks) = ("x.json", [TestKeys.Coordinator.PublicAnchor.ToJwk()]));
        services.AddTrustList(o => o.Source = "x.json");
        using var provider = services.BuildServiceProvider();

        var loader = provider.GetRequiredService<TrustListLoader>();

        Assert.Same(loader, provider.GetRequiredService<ITrustListSource>());
        Assert.Same(loader, Assert.Single(provider.GetServices<IHostedService>()));
    }

    [Fact]
    public void AddTrustList_SourceAlreadyRegistered_Kept()
    {
        var services = new ServiceCollection();
        var fixedSource = new FixedTrustListSource(null!);
        services.AddSingleton<ITrustListSource>(fixedSource);
        services.AddLogging();
        services.AddTrustList(o => o.Source = "x.json");
        using var provider = services.BuildServiceProvider();

        Assert.Same(fixedSource, provider.GetRequiredService<ITrustListSource>());
    }
}
