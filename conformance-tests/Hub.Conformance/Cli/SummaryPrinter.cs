using Hub.Conformance.Reporting;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Cli;

/// <summary>The console summary: one line per check, the verdict, and where the three reports are.</summary>
internal static class SummaryPrinter
{
    public static void Print(TextWriter output, ConformanceReport report, string directory)
    {
        output.WriteLine($"{SuiteInfo.Version} against {report.ProviderId} ({report.CandidateDigest})");
        foreach (var check in report.Checks)
        {
            var level = check.Level == CheckLevel.Must ? "must  " : "should";
            output.WriteLine($"  {HtmlReport.Wire(check.Result),-4}  {level}  {check.Id,-14} {check.Title}");
            if (check.Result == CheckResult.Fail)
            {
                foreach (var line in check.Evidence.Take(3))
                {
                    output.WriteLine($"          {line}");
                }
            }
        }
        var summary = report.Summary;
        output.WriteLine($"pass {summary.Passed}, fail {summary.Failed}, skip {summary.Skipped}: "
                         + (summary.AllMustPassed ? "every must-level check passed." : "a must-level check did not pass."));
        if (report.Timing is { } timing)
        {
            output.WriteLine($"response times: p50 {timing.P50Milliseconds} ms, p95 {timing.P95Milliseconds} ms over {timing.Logins} logins");
        }
        output.WriteLine($"reports: {Path.Combine(directory, ReportFiles.Json)}, {Path.Combine(directory, ReportFiles.Html)}, {Path.Combine(directory, ReportFiles.JUnit)}");
    }
}
