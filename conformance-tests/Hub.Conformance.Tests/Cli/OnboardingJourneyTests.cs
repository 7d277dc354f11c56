using Hub.Conformance.Cli;
using Hub.Conformance.Reporting;
using Hub.Conformance.Tests.Support;
using Hub.TrustList.Cli;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Tests.Cli;

/// <summary>docs/onboarding.md end to end: the provider runs the suite, the coordinator accredits, signs and verifies.</summary>
public sealed class OnboardingJourneyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("onboarding-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string In(string name) => Path.Combine(_directory, name);

    [Fact]
    public async Task Journey_SuiteReportThenAccreditSignVerify_PublishesTheConformanceRecord()
    {
        await using var provider = await SandboxProvider.StartAsync(SandboxProvider.Aizu);
        File.WriteAllText(In("candidate.json"), SuiteRun.CandidateText(SandboxProvider.Aizu, provider.BaseUrl));
        var suiteOut = new StringWriter();
        Assert.Equal(SuiteExitCodes.Passed, await ConformanceCli.RunAsync(
            ["--candidate", In("candidate.json"), "--out", In("report"), "--timing-logins", "1"], suiteOut, suiteOut, TimeProvider.System));
        var report = In(Path.Combine("report", ReportFiles.Json));

        await Coordinator("keygen", "--out", In("coordinator"));
        await Coordinator("init", "--file", In("draft.json"), "--issuer-id", "https://coordinator.test.example",
            "--issuer-name-ja", "テスト調整機関", "--issuer-name-en", "Test coordinator");
        var accredited = await Coordinator("accredit", "--file", In("draft.json"), "--candidate", In("candidate.json"), "--report", report);
        await Coordinator("sign", "--file", In("draft.json"), "--key", In("coordinator.private.jwk"), "--out", In("trustlist.json"));
        await Coordinator("verify", In("trustlist.json"), "--trust-anchor", In("coordinator.public.jwk"));
        var shown = await Coordinator("show", In("trustlist.json"), "--lang", "en");

        var digest = ConformanceDigest.Of(File.ReadAllBytes(report));
        Assert.Contains(digest, accredited, StringComparison.Ordinal);
        Assert.Contains($"{digest} ({SuiteInfo.Version},", shown, StringComparison.Ordinal);
    }

    private static async Task<string> Coordinator(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CoordinatorCli.RunAsync(args, new CliContext(output, error, TimeProvider.System));
        Assert.True(exit == 0, $"{string.Join(' ', args)}: exit {exit}\n{output}{error}");
        return output.ToString();
    }
}
