using Hub.Conformance.Tests.Support;
using Sandbox.Providers;
using Xunit.Abstractions;

namespace Hub.Conformance.Tests.Running;

/// <summary>
/// The suite cannot pass a bad provider: each deliberately broken sandbox provider (one fault each) fails exactly the
/// check that judges its fault, and no other.
/// </summary>
public sealed class BrokenProviderTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.UnsignedAssertion, "SAML-SIG-01")]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.WrongAudience, "SAML-AUD-01")]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.Sha1Signature, "SAML-SIG-02")]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.ReusedAssertionId, "SAML-ID-01")]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.LongValidity, "SAML-TIME-01")]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.MissingDeclaredAttribute, "ATTR-01")]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.UnparseableEraDate, "ATTR-03")]
    [InlineData(SandboxProvider.Mebuku, SandboxFaults.WrongIssuer, "SAML-ISS-01")]
    [InlineData(SandboxProvider.Aizu, SandboxFaults.LevelAboveMaximum, "LOA-01")]
    [InlineData(SandboxProvider.Aizu, SandboxFaults.LongValidity, "OIDC-TIME-01")]
    [InlineData(SandboxProvider.Aizu, SandboxFaults.PkceIgnored, "OIDC-PKCE-01")]
    [InlineData(SandboxProvider.Mydoor, SandboxFaults.AlgNone, "OIDC-SIG-02")]
    [InlineData(SandboxProvider.Mydoor, SandboxFaults.CodeAcceptedTwice, "OIDC-CODE-01")]
    [InlineData(SandboxProvider.Mydoor, SandboxFaults.WrongIssuer, "OIDC-ISS-01")]
    [InlineData(SandboxProvider.Mydoor, SandboxFaults.WrongAudience, "OIDC-AUD-01")]
    public async Task RunAsync_ProviderWithOneFault_FailsExactlyTheCheckForIt(string provider, SandboxFaults fault, string check)
    {
        var report = await SuiteRun.AgainstSandboxAsync(provider, fault);
        output.WriteLine(report.Describe());

        Assert.True(report.Failed().SetEquals([check]), report.Describe());
        Assert.False(report.Summary.AllMustPassed);
    }
}
