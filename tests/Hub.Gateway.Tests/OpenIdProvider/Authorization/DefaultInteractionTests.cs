using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.OpenIdProvider.Authorization;
using Hub.Gateway.OpenIdProvider.Hosting;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Hub.TrustList.Loading;
using Hub.TrustList.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.OpenIdProvider.Authorization;

/// <summary>Without the orchestration nobody is signed in; the sandbox auto login needs an explicit opt-in.</summary>
public sealed class DefaultInteractionTests
{
    [Fact]
    public async Task Default_WithoutOptIn_RefusesEveryRequest()
    {
        using var services = Services(new() { ["Hub:Demo"] = "true" });
        var interaction = services.GetRequiredService<IAuthorizationInteraction>();

        var decision = await interaction.BeginAsync(Request(), new DefaultHttpContext(), CancellationToken.None);

        Assert.Equal(AuthorizationErrors.TemporarilyUnavailable, Assert.IsType<AuthorizationDecision.Reject>(decision).Error);
        Assert.Null(await interaction.ResumeAsync("any", new DefaultHttpContext(), CancellationToken.None));
    }

    [Fact]
    public async Task Default_AutoLoginOptInInDemo_ApprovesTheConfiguredSandboxPerson()
    {
        using var services = Services(new()
        {
            ["Hub:Demo"] = "true",
            ["Hub:OpenIdProvider:AutoLogin:Enabled"] = "true",
            ["Hub:OpenIdProvider:AutoLogin:Subject"] = "sandbox-42",
            ["Hub:OpenIdProvider:AutoLogin:Loa"] = "B",
        });

        var decision = await services.GetRequiredService<IAuthorizationInteraction>().BeginAsync(Request(), new DefaultHttpContext(), CancellationToken.None);

        var approve = Assert.IsType<AuthorizationDecision.Approve>(decision);
        Assert.Equal("sandbox-42", approve.Identity.ProviderSubject);
        Assert.Equal(LevelOfAssurance.B, approve.Identity.EffectiveLoa);
        Assert.Equal(new DateOnly(1990, 4, 1), approve.Identity.Attributes.Birthdate);
        Assert.Equal(["birthdate"], approve.ConsentedClaims);
    }

    [Fact]
    public void Default_AutoLoginOptInInProduction_Refused()
    {
        using var services = Services(new()
        {
            ["Hub:Issuer"] = "https://hub.example.jp/",
            ["Hub:PairwiseSecret"] = OpenIdProviderHost.PairwiseSecret,
            ["Hub:OpenIdProvider:AutoLogin:Enabled"] = "true",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IAuthorizationInteraction>());

        Assert.Contains("AutoLogin", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment());
        services.AddSingleton<ITrustListSource>(new FixedTrustListSource(TestTrustList.Build(new TestRelyingPartyKeys().PublicKeys)));
        services.AddHubOpenIdProvider(configuration);
        return services.BuildServiceProvider();
    }

    private static ValidatedAuthorizationRequest Request()
    {
        var rp = TestTrustList.Build(new TestRelyingPartyKeys().PublicKeys).FindRelyingParty(TestTrustList.OsakaService)!;
        var claims = new HashSet<string> { "birthdate" };
        return new ValidatedAuthorizationRequest(
            rp.ClientId, rp, TestTrustList.RedirectUri, "state", "nonce", new HashSet<string> { "openid", "birthdate" }, claims, claims,
            LevelOfAssurance.C, [], null, new HashSet<string>(), null, null, [], new Dictionary<string, string>());
    }
}
