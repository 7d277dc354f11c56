using Hub.TrustList.Model;

namespace Hub.TrustList.Conformance;

/// <summary>
/// The report of one conformance-suite run against a candidate provider (docs/onboarding.md). The suite writes it;
/// the coordinator's <c>accredit</c> reads it. Every check follows the ETSI TS 119 614-1 shape: an id, a normative
/// source, a predicate, a level and a result with evidence.
/// </summary>
public sealed record ConformanceReport(
    string Format,
    string SuiteVersion,
    string CandidateDigest,
    string ProviderId,
    ProviderProtocol Protocol,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    ConformanceSummary Summary,
    IReadOnlyList<ConformanceCheck> Checks,
    ConformanceTiming? Timing = null)
{
    public const string CurrentFormat = "jp-regional-id-conformance-report/1";

    /// <summary>The must-level checks that did not pass (failed or skipped): empty means the candidate may be accredited.</summary>
    public IReadOnlyList<ConformanceCheck> MustNotPassed()
        => Checks.Where(c => c.Level == CheckLevel.Must && c.Result != CheckResult.Pass).ToList();
}

/// <summary>Counts by result, and whether every must-level check passed.</summary>
public sealed record ConformanceSummary(int Passed, int Failed, int Skipped, bool AllMustPassed)
{
    public static ConformanceSummary Of(IReadOnlyList<ConformanceCheck> checks) => new(
        checks.Count(c => c.Result == CheckResult.Pass),
        checks.Count(c => c.Result == CheckResult.Fail),
        checks.Count(c => c.Result == CheckResult.Skip),
        checks.All(c => c.Level != CheckLevel.Must || c.Result == CheckResult.Pass));
}

/// <summary>Response times of the logins of one run, for information (p50 and p95 in whole milliseconds).</summary>
public sealed record ConformanceTiming(int Logins, long P50Milliseconds, long P95Milliseconds);
