using Hub.Adapters.Saml2.Options;
using Hub.Adapters.Tests.Saml2.TestSupport;

namespace Hub.Adapters.Tests.Saml2.Options;

public sealed class Saml2SpOptionsValidatorTests
{
    private readonly Saml2SpOptionsValidator _validator = new();

    [Fact]
    public void Validate_SandboxKeyFiles_Succeeds()
    {
        Assert.True(_validator.Validate(null, SandboxKeys.SpOptions()).Succeeded);
    }

    [Fact]
    public void Validate_InlinePem_Succeeds()
    {
        var options = SandboxKeys.SpOptions();
        options.SigningCertificatePem = File.ReadAllText(options.SigningCertificatePath!);
        options.SigningKeyPem = File.ReadAllText(options.SigningKeyPath!);
        options.SigningCertificatePath = null;
        options.SigningKeyPath = null;

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_NoKey_FailsNamingTheSetting()
    {
        var options = SandboxKeys.SpOptions();
        options.SigningKeyPath = null;

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("SigningKeyPem", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BothPathAndPem_Fails()
    {
        var options = SandboxKeys.SpOptions();
        options.SigningKeyPem = File.ReadAllText(options.SigningKeyPath!);

        Assert.True(_validator.Validate(null, options).Failed);
    }

    [Fact]
    public void Validate_KeyOfAnotherCertificate_Fails()
    {
        var options = SandboxKeys.SpOptions();
        options.SigningKeyPath = Path.Combine(Path.GetDirectoryName(options.SigningKeyPath)!, "mebuku-idp.key.pem");

        Assert.True(_validator.Validate(null, options).Failed);
    }

    [Fact]
    public void Validate_MissingFile_Fails()
    {
        var options = SandboxKeys.SpOptions();
        options.SigningCertificatePath = "/nonexistent/sp.crt.pem";

        Assert.Contains("cannot be read", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://hub.example.jp/acs")]
    [InlineData("/saml2/acs")]
    [InlineData("")]
    public void Validate_AcsNotHttpsOrAbsolute_Fails(string acs)
    {
        var options = SandboxKeys.SpOptions();
        options.AssertionConsumerServiceUrl = acs;

        Assert.Contains("AssertionConsumerServiceUrl", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpOnLoopback_Succeeds()
    {
        var options = SandboxKeys.SpOptions();
        options.AssertionConsumerServiceUrl = "http://127.0.0.1:5000/saml2/acs";

        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_NoEntityId_Fails()
    {
        var options = SandboxKeys.SpOptions();
        options.EntityId = "";

        Assert.Contains("EntityId", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_ClockSkewOutOfRange_Fails(int minutes)
    {
        var options = SandboxKeys.SpOptions();
        options.ClockSkew = TimeSpan.FromMinutes(minutes);

        Assert.Contains("ClockSkew", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroSizeCap_Fails()
    {
        var options = SandboxKeys.SpOptions();
        options.MaxInflatedMessageBytes = 0;

        Assert.Contains("MaxInflatedMessageBytes", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
