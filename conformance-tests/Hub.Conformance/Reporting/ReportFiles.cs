using System.Text;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Reporting;

/// <summary>Writes the three forms of a report into a folder: report.json (for accreditation), report.html, junit.xml.</summary>
internal static class ReportFiles
{
    public const string Json = "report.json";
    public const string Html = "report.html";
    public const string JUnit = "junit.xml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task WriteAsync(ConformanceReport report, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, Json), ConformanceReportJson.Write(report), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, Html), HtmlReport.Render(report), Utf8, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, JUnit), JUnitReport.Render(report), Utf8, cancellationToken).ConfigureAwait(false);
    }
}
