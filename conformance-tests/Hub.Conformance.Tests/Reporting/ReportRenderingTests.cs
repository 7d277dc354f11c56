using System.Xml;
using Hub.Conformance.Reporting;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.Conformance.Tests.Reporting;

public sealed class ReportRenderingTests
{
    private static readonly DateTimeOffset Finished = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private static ConformanceReport Report()
    {
        IReadOnlyList<ConformanceCheck> checks =
        [
            new("SAML-SIG-01", "Signed", "SAML2 Profiles §4.1.3.5", CheckLevel.Must, "predicate", CheckResult.Pass, ["8 logins"]),
            new("ATTR-03", "Dates <parse>", "docs/attributes.md §8", CheckLevel.Must, "p", CheckResult.Fail, ["taro: birthdate <script>alert(1)</script>"]),
            new("OPS-01", "Times", "docs/onboarding.md §Operations", CheckLevel.Should, "p", CheckResult.Skip, ["no login"]),
        ];
        return new ConformanceReport(ConformanceReport.CurrentFormat, SuiteInfo.Version, "sha-256:ab", "mebuku", ProviderProtocol.Saml2,
            Finished.AddSeconds(-3), Finished, ConformanceSummary.Of(checks), checks, new ConformanceTiming(8, 12, 40));
    }

    [Fact]
    public void JUnit_OneCasePerCheck_WithFailureAndSkip()
    {
        var xml = new XmlDocument();
        xml.LoadXml(JUnitReport.Render(Report()));

        var suite = (XmlElement)xml.SelectSingleNode("/testsuites/testsuite")!;
        Assert.Equal("3", suite.GetAttribute("tests"));
        Assert.Equal("1", suite.GetAttribute("failures"));
        Assert.Equal("1", suite.GetAttribute("skipped"));
        Assert.Equal("3", suite.GetAttribute("time"));
        var failed = (XmlElement)xml.SelectSingleNode("//testcase[failure]")!;
        Assert.Equal("ATTR-03 [must] Dates <parse>", failed.GetAttribute("name"));
        Assert.Equal("mebuku.ATTR", failed.GetAttribute("classname"));
        Assert.Equal("taro: birthdate <script>alert(1)</script>", ((XmlElement)failed.SelectSingleNode("failure")!).GetAttribute("message"));
        Assert.NotNull(xml.SelectSingleNode("//testcase[@name='OPS-01 [should] Times']/skipped"));
    }

    [Fact]
    public void Html_ShowsVerdictChecksAndEscapesEvidence()
    {
        var html = HtmlReport.Render(Report());

        Assert.Contains("必須項目に不合格あり / a must-level check did not pass", html, StringComparison.Ordinal);
        Assert.Contains("<code>SAML-SIG-01</code>", html, StringComparison.Ordinal);
        Assert.Contains("SAML2 Profiles §4.1.3.5", html, StringComparison.Ordinal);
        Assert.Contains("p50 12 ms, p95 40 ms (8 logins)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"fail\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_WritesJsonThatAccreditationReads()
    {
        var directory = Directory.CreateTempSubdirectory("conformance-report-").FullName;
        try
        {
            await ReportFiles.WriteAsync(Report(), directory, CancellationToken.None);

            var read = ConformanceReportJson.Read(await File.ReadAllBytesAsync(Path.Combine(directory, ReportFiles.Json)));
            Assert.True(read.IsSuccess, read.Error?.ToString());
            Assert.Equal(["SAML-SIG-01", "ATTR-03", "OPS-01"], read.Value.Checks.Select(c => c.Id));
            Assert.True(File.Exists(Path.Combine(directory, ReportFiles.Html)));
            Assert.True(File.Exists(Path.Combine(directory, ReportFiles.JUnit)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
