using Hub.Gateway.Hosting;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.Tests.EndToEnd.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.Hosting;

/// <summary>Outside demo mode, a missing secret, anchor or key stops the host at start with a message naming the setting.</summary>
public sealed class FederationHubStartTests
{
    private static readonly Uri Issuer = new("https://hub.example.jp/");

    [Theory]
    [InlineData("Hub:PairwiseSecret", "Hub:PairwiseSecret")]
    [InlineData("TrustList:Source", "TrustList:Source")]
    [InlineData("TrustList:AnchorJwks:0", "TrustList:AnchorFiles")]
    [InlineData("Hub:Saml2:SigningKeyPath", "SigningKey")]
    [InlineData("HubAdapters:Oidc:ClientSigningKey", "HubAdapters:Oidc:ClientSigningKey")]
    public async Task Start_ProductionWithoutASetting_StopsNamingIt(string removed, string named)
    {
        var settings = HubTestSettings.ForHost(Issuer);
        settings.Remove(removed);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(settings));

        Assert.Contains(named, Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionSettings_StartsWithTheOrchestration()
    {
        await using var app = await StartAsync(HubTestSettings.ForHost(Issuer));

        Assert.Equal("FlowInteraction", app.Services.GetRequiredService<IAuthorizationInteraction>().GetType().Name);
    }

    [Fact]
    public async Task Start_FlowLifetimeOverAnHour_StopsNamingIt()
    {
        var settings = HubTestSettings.ForHost(Issuer);
        settings["Hub:Flow:Lifetime"] = "02:00:00";

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(settings));

        Assert.Contains("Hub:Flow:Lifetime", Messages(error), StringComparison.Ordinal);
    }

    private static string Messages(Exception error) => error switch
    {
        AggregateException aggregate => string.Join(" | ", aggregate.InnerExceptions.Select(Messages)),
        OptionsValidationException options => string.Join(" | ", options.Failures),
        _ => error.Message,
    };

    private static async Task<WebApplication> StartAsync(Dictionary<string, string?> settings)
    {
        settings["urls"] = "http://127.0.0.1:0";
        var app = HubApplication.Build(HubApplication.CreateBuilder([], settings, "Production"));
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
