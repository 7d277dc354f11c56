using System.Text.Json;
using Hub.TrustList.Common;
using Hub.TrustList.Serialization;

namespace Hub.TrustList.Conformance;

/// <summary>
/// The report's one JSON form: the trust list's conventions (snake_case, UTC instants to the second, unknown members
/// refused). The suite writes with <see cref="Write"/>; <c>accredit</c> reads with <see cref="Read"/>.
/// </summary>
public static class ConformanceReportJson
{
    public static byte[] Write(ConformanceReport report)
        => JsonSerializer.SerializeToUtf8Bytes(report, TrustListJson.Options);

    /// <summary>Reads and checks a report: known format, unique check ids, and a summary that agrees with the checks.</summary>
    public static Result<ConformanceReport, ConformanceError> Read(ReadOnlySpan<byte> json)
    {
        ConformanceReport? report;
        try
        {
            report = JsonSerializer.Deserialize<ConformanceReport>(json, TrustListJson.Options);
        }
        catch (JsonException e)
        {
            return Fail("The file is not a conformance report: " + e.Message);
        }
        if (report is null)
        {
            return Fail("The file holds null, not a conformance report.");
        }
        if (report.Format != ConformanceReport.CurrentFormat)
        {
            return Fail($"Unknown report format '{report.Format}'; expected '{ConformanceReport.CurrentFormat}'.");
        }
        if (report.Checks.Count == 0)
        {
            return Fail("The report holds no checks.");
        }
        if (report.Checks.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Fail($"The check {twice.Key} appears twice.");
        }
        if (report.Summary != ConformanceSummary.Of(report.Checks))
        {
            return Fail("The summary does not agree with the checks: the report was edited.");
        }
        return Result<ConformanceReport, ConformanceError>.Ok(report);
    }

    private static ConformanceError Fail(string message) => new("report.malformed", message);
}
