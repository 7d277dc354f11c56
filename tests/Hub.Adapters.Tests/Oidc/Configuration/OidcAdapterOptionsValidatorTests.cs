using Hub.Adapters.Oidc.Configuration;
using Hub.Adapters.Tests.Oidc.Support;
using Hub.TrustList.Model;

namespace Hub.Adapters.Tests.Oidc.Configuration;

public sealed class OidcAdapterOptionsValidatorTests
{
    private static OidcAdapterOptions Valid()
    {
        using var key = TestSigningKey.Rsa("hub-1");
        return new OidcAdapterOptions { ClientSigningKey = key.PrivateJwkJson() };
    }

    private static string Failure(OidcAdapterOptions options)
    {
        var result = new OidcAdapterOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        return result.FailureMessage;
    }

    [Fact]
    public void Validate_ValidOptions_Succeeds()
        => Assert.True(new OidcAdapterOptionsValidator().Validate(null, Valid()).Succeeded);

    [Theory]
    [InlineData("state")]
    [InlineData("acr_values")]
    [InlineData("Brand")]
    [InlineData("brand&x=1")]
    public void Validate_BrandParameterTakenOrMalformed_FailsNamingTheSetting(string parameter)
    {
        var options = Valid();
        options.Clients["mydoor-osaka"] = new OidcClientOptions { BrandParameter = parameter };

        Assert.Contains("HubAdapters:Oidc:Clients:mydoor-osaka:BrandParameter", Failure(options), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("brand")]
    [InlineData("ui_brand")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_BrandParameterNameOrDisabled_Succeeds(string? parameter)
    {
        var options = Valid();
        options.Clients["mydoor-osaka"] = new OidcClientOptions { BrandParameter = parameter };

        Assert.True(new OidcAdapterOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_NoClientSigningKey_FailsNamingTheSetting()
        => Assert.Contains("HubAdapters:Oidc:ClientSigningKey", Failure(new OidcAdapterOptions()), StringComparison.Ordinal);

    [Fact]
    public void Validate_PublicOnlyClientKey_Fails()
    {
        using var key = TestSigningKey.Rsa("hub-1");
        var publicOnly = System.Text.Json.JsonSerializer.Serialize(key.PublicJwk());

        Assert.Contains("no private key", Failure(new OidcAdapterOptions { ClientSigningKey = publicOnly }), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClientKeyNotJson_Fails()
        => Assert.Contains("not valid JSON", Failure(new OidcAdapterOptions { ClientSigningKey = "{not json" }), StringComparison.Ordinal);

    [Fact]
    public void Validate_SecretMethodWithoutSecret_FailsNamingTheProvider()
    {
        var options = Valid();
        options.Clients["aizu-plus"] = new OidcClientOptions { Method = ClientAuthenticationMethod.ClientSecretBasic };

        Assert.Contains("Clients:aizu-plus:ClientSecret", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AttemptTimeoutLongerThanTotal_Fails()
    {
        var options = Valid();
        options.Http.AttemptTimeout = TimeSpan.FromSeconds(20);

        Assert.Contains("AttemptTimeout", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BreakerThroughputBelowTwo_Fails()
    {
        var options = Valid();
        options.Http.BreakerMinimumThroughput = 1;

        Assert.Contains("BreakerMinimumThroughput", Failure(options), StringComparison.Ordinal);
    }
}
