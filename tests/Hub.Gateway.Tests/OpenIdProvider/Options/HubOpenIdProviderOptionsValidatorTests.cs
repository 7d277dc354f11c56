using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.OpenIdProvider.Options;
using Hub.Gateway.Tests.OpenIdProvider.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Tests.OpenIdProvider.Options;

public sealed class HubOpenIdProviderOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(Action<HubOpenIdProviderOptions> configure, string environment = "Production")
    {
        var options = TestOptions.Create(o => o.Issuer = new Uri("https://hub.example.jp/")).Value;
        configure(options);
        return new HubOpenIdProviderOptionsValidator(new TestHostEnvironment(environment)).Validate(null, options);
    }

    [Fact]
    public void Validate_ProductionSettings_Succeed() => Assert.True(Validate(_ => { }).Succeeded);

    [Fact]
    public void Validate_MissingPairwiseSecretOutsideDemo_FailsWithWhatToSet()
    {
        var result = Validate(o => o.PairwiseSecret = null);

        Assert.True(result.Failed);
        Assert.Contains("Hub:PairwiseSecret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingPairwiseSecretInDemo_Succeeds()
        => Assert.True(Validate(o => { o.PairwiseSecret = null; o.Demo = true; }).Succeeded);

    [Fact]
    public void Validate_ShortPairwiseSecret_Fails()
        => Assert.Contains("at least 32", Validate(o => o.PairwiseSecret = "short").FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_HttpIssuerInProduction_Fails()
        => Assert.Contains("Hub:Issuer must use https", Validate(o => o.Issuer = new Uri("http://hub.example.jp/")).FailureMessage, StringComparison.Ordinal);

    [Theory]
    [InlineData(true, "Production")]
    [InlineData(false, "Development")]
    public void Validate_HttpIssuerInDemoOrDevelopment_Succeeds(bool demo, string environment)
        => Assert.True(Validate(o => { o.Issuer = new Uri("http://localhost:5080/"); o.Demo = demo; }, environment).Succeeded);

    [Fact]
    public void Validate_IssuerWithQuery_Fails()
        => Assert.True(Validate(o => o.Issuer = new Uri("https://hub.example.jp/?tenant=1")).Failed);

    [Fact]
    public void Validate_AutoLoginInProduction_Fails()
        => Assert.Contains("AutoLogin", Validate(o => o.OpenIdProvider.AutoLogin.Enabled = true).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_UnknownIdTokenAlgorithm_Fails()
        => Assert.True(Validate(o => o.OpenIdProvider.IdTokenSigningAlgorithms["rp"] = "HS256").Failed);

    [Fact]
    public void Validate_GraceShorterThanLead_Fails()
        => Assert.Contains("RetirementGrace", Validate(o => o.OpenIdProvider.Keys.RetirementGrace = TimeSpan.FromHours(1)).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void Validate_LongCodeLifetime_Fails()
        => Assert.True(Validate(o => o.OpenIdProvider.AuthorizationCodeLifetime = TimeSpan.FromHours(1)).Failed);
}
