using System.Text;
using Hub.Conformance.Candidates;
using Hub.Conformance.Running;
using Hub.TrustList.Conformance;
using Sandbox.Providers;

namespace Hub.Conformance.Tests.Support;

/// <summary>Runs the suite in-process against a sandbox provider started for the test, with its committed candidate file.</summary>
internal static class SuiteRun
{
    /// <summary>Few timing logins keep the self-tests fast; every account still logs in twice.</summary>
    public const int TimingLogins = 2;

    public static async Task<ConformanceReport> AgainstSandboxAsync(
        string name, SandboxFaults faults = SandboxFaults.None, Func<string, string>? editCandidate = null)
    {
        await using var provider = await SandboxProvider.StartAsync(name, faults);
        var text = CandidateText(name, provider.BaseUrl);
        text = editCandidate?.Invoke(text) ?? text;
        var candidate = CandidateLoader.Parse(Encoding.UTF8.GetBytes(text), Repository.CandidatesDirectory);
        Assert.True(candidate.IsSuccess, candidate.Error?.ToString());
        var report = await ConformanceRunner.RunAsync(candidate.Value with { TimingLogins = TimingLogins }, TimeProvider.System, CancellationToken.None);
        Assert.True(report.IsSuccess, report.Error?.ToString());
        return report.Value;
    }

    /// <summary>The committed candidate file, pointed at where the provider actually listens.</summary>
    public static string CandidateText(string name, Uri baseUrl)
        => File.ReadAllText(Repository.Candidate(name)).Replace(SandboxProvider.DefaultBase(name), baseUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal);

    public static IReadOnlySet<string> Failed(this ConformanceReport report)
        => report.Checks.Where(c => c.Result == CheckResult.Fail).Select(c => c.Id).ToHashSet();

    public static string Describe(this ConformanceReport report)
        => string.Join("\n", report.Checks.Select(c => $"{c.Id} {c.Result}: {string.Join(" | ", c.Evidence)}"));
}
