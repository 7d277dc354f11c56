using Hub.Gateway.OpenIdProvider.Hosting;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.OpenIdProvider.Options;

/// <summary>The provider's settings are validated when the host starts, with a message that says what to set.</summary>
public sealed class HostStartTests
{
    [Fact]
    public async Task Start_ProductionWithoutPairwiseSecret_StopsWithAMessage()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new() { ["Hub:Issuer"] = "https://hub.example.jp/" }));

        Assert.Contains("Hub:PairwiseSecret is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithHttpIssuer_StopsWithAMessage()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new()
        {
            ["Hub:Issuer"] = "http://hub.example.jp/",
            ["Hub:PairwiseSecret"] = OpenIdProviderHost.PairwiseSecret,
        }));

        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionSettings_Starts()
    {
        await using var app = await StartAsync(new()
        {
            ["Hub:Issuer"] = "https://hub.example.jp/",
            ["Hub:PairwiseSecret"] = OpenIdProviderHost.PairwiseSecret,
        });

        Assert.NotNull(app.Services.GetRequiredService<IOptions<Hub.Gateway.OpenIdProvider.Options.HubOpenIdProviderOptions>>().Value);
    }

    private static async Task<WebApplication> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ITrustListSource>(new FixedTrustListSource(TestTrustList.Build(new TestRelyingPartyKeys().PublicKeys)));
        builder.Services.AddHubOpenIdProvider(builder.Configuration);
        var app = builder.Build();
        app.MapHubOpenIdProvider();
        try
        {
            await app.StartAsync();
            await app.StopAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
