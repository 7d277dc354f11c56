using System.Globalization;
using System.Text;
using System.Xml;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Reporting;

/// <summary>
/// The report for CI, as JUnit XML: one test case per check (class name = the check's group), a failure for a failed
/// check, skipped for a skipped one, and the evidence as system-out. A failed should-level check is a failure too:
/// CI shows it; only accreditation ignores it.
/// </summary>
internal static class JUnitReport
{
    public static string Render(ConformanceReport report)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartElement("testsuites");
            writer.WriteStartElement("testsuite");
            writer.WriteAttributeString("name", $"{SuiteInfo.Version} {report.ProviderId}");
            writer.WriteAttributeString("tests", report.Checks.Count.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("failures", report.Summary.Failed.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("errors", "0");
            writer.WriteAttributeString("skipped", report.Summary.Skipped.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("timestamp", report.StartedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            writer.WriteAttributeString("time", (report.FinishedAt - report.StartedAt).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture));
            foreach (var check in report.Checks)
            {
                writer.WriteStartElement("testcase");
                writer.WriteAttributeString("classname", $"{report.ProviderId}.{check.Id.Split('-')[0]}");
                writer.WriteAttributeString("name", $"{check.Id} [{(check.Level == CheckLevel.Must ? "must" : "should")}] {check.Title}");
                if (check.Result == CheckResult.Fail)
                {
                    writer.WriteStartElement("failure");
                    writer.WriteAttributeString("message", check.Evidence.FirstOrDefault() ?? check.Predicate);
                    writer.WriteAttributeString("type", check.Source);
                    writer.WriteString(check.Predicate);
                    writer.WriteEndElement();
                }
                else if (check.Result == CheckResult.Skip)
                {
                    writer.WriteStartElement("skipped");
                    writer.WriteAttributeString("message", check.Evidence.FirstOrDefault() ?? "not judged");
                    writer.WriteEndElement();
                }
                writer.WriteElementString("system-out", string.Join('\n', check.Evidence));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        // Written as UTF-8 bytes so that the declaration says utf-8, as the file is.
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
