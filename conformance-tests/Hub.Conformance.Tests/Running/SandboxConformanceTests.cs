using Hub.Conformance.Tests.Support;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Tests.Running;

/// <summary>The three sandbox providers behave: every check of the suite passes against each, skipping none.</summary>
public sealed class SandboxConformanceTests
{
    [Theory]
    [InlineData(SandboxProvider.Mebuku)]
    [InlineData(SandboxProvider.Mydoor)]
    [InlineData(SandboxProvider.Aizu)]
    public async Task RunAsync_SandboxProvider_PassesEveryCheck(string provider)
    {
        var report = await SuiteRun.AgainstSandboxAsync(provider);

        Assert.True(report.Checks.All(c => c.Result == CheckResult.Pass), report.Describe());
        Assert.True(report.Summary.AllMustPassed);
        Assert.Equal(provider, report.ProviderId);
    }
}
