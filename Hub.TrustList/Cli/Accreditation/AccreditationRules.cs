namespace Hub.TrustList.Cli.Accreditation;

/// <summary>
/// The three rules of accreditation, in this order: every must-level check passed (a skipped one did not), the report
/// is for exactly this candidate entry, and the report is recent (and not from the future).
/// </summary>
internal static class AccreditationRules
{
    public const string DefaultReason = "適合性試験に合格し認定 / accredited on its conformance report";

    /// <summary>A report dated this far ahead of the coordinator's clock is refused: it cannot have run yet.</summary>
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static CliError? Check(AccreditationInputs inputs, DateTimeOffset now, TimeSpan maxAge)
    {
        var report = inputs.Report;
        var notPassed = report.MustNotPassed();
        if (notPassed.Count > 0)
        {
            var list = string.Join(", ", notPassed.Select(c => $"{c.Id} ({c.Result.ToString().ToLowerInvariant()})"));
            return new CliError("accredit.must-failed", $"{notPassed.Count} must-level check(s) did not pass: {list}. Fix the provider and run the suite again.");
        }
        if (!string.Equals(report.CandidateDigest, inputs.Candidate.Digest, StringComparison.Ordinal))
        {
            return new CliError("accredit.digest-mismatch",
                $"The report is for candidate {report.CandidateDigest}, but this candidate's entry is {inputs.Candidate.Digest}: the entry changed after the run, or this is another provider's report.");
        }
        if (report.FinishedAt > now + FutureTolerance)
        {
            return new CliError("accredit.report-future", $"The report finished at {InstantParser.Format(report.FinishedAt)}, after now ({InstantParser.Format(now)}).");
        }
        if (now - report.FinishedAt > maxAge)
        {
            return new CliError("accredit.report-stale",
                $"The report finished at {InstantParser.Format(report.FinishedAt)}, more than {maxAge.TotalDays:0} days ago; run the suite again.");
        }
        return null;
    }
}
