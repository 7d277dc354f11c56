using System.Text;
using System.Text.Json.Nodes;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Conformance;

public sealed class ConformanceReportJsonTests
{
    private static readonly DateTimeOffset Finished = new(2026, 11, 20, 3, 4, 5, TimeSpan.Zero);

    private static ConformanceReport Report(params ConformanceCheck[] checks) => new(
        ConformanceReport.CurrentFormat, "hub-conformance/1.0.0", "sha-256:ab", "mebuku", ProviderProtocol.Saml2,
        Finished.AddMinutes(-1), Finished, ConformanceSummary.Of(checks), checks, new ConformanceTiming(4, 20, 35));

    private static ConformanceCheck Check(string id, CheckLevel level, CheckResult result)
        => new(id, "Title", "SAML2 Profiles §4.1.4.2", level, "predicate", result, ["seen"]);

    [Fact]
    public void Write_ThenRead_RoundTripsInSnakeCase()
    {
        var report = Report(Check("SAML-AUD-01", CheckLevel.Must, CheckResult.Pass), Check("OPS-01", CheckLevel.Should, CheckResult.Skip));

        var json = ConformanceReportJson.Write(report);
        var read = ConformanceReportJson.Read(json);

        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal(report.Checks.Select(c => (c.Id, c.Level, c.Result, c.Source, string.Join('|', c.Evidence))),
                     read.Value.Checks.Select(c => (c.Id, c.Level, c.Result, c.Source, string.Join('|', c.Evidence))));
        Assert.Equal(report.Summary, read.Value.Summary);
        var text = Encoding.UTF8.GetString(json);
        Assert.Contains("\"candidate_digest\": \"sha-256:ab\"", text);
        Assert.Contains("\"finished_at\": \"2026-11-20T03:04:05Z\"", text);
        Assert.Contains("\"level\": \"must\"", text);
        Assert.Contains("\"result\": \"skip\"", text);
    }

    [Fact]
    public void Summary_SkippedMust_IsNotAllMustPassed()
    {
        var summary = ConformanceSummary.Of([Check("A", CheckLevel.Must, CheckResult.Skip), Check("B", CheckLevel.Should, CheckResult.Fail)]);

        Assert.Equal(new ConformanceSummary(0, 1, 1, false), summary);
    }

    [Theory]
    [InlineData("format", "\"other/1\"")]
    [InlineData("checks", "[]")]
    [InlineData("unknown_member", "1")]
    public void Read_AlteredReport_FailsMalformed(string member, string value)
    {
        var node = JsonNode.Parse(ConformanceReportJson.Write(Report(Check("A", CheckLevel.Must, CheckResult.Pass))))!;
        node[member] = JsonNode.Parse(value);

        var read = ConformanceReportJson.Read(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Equal("report.malformed", read.Error!.Code);
    }

    [Fact]
    public void Read_DuplicateCheckIds_FailsMalformed()
    {
        var json = ConformanceReportJson.Write(Report(Check("A", CheckLevel.Must, CheckResult.Pass), Check("A", CheckLevel.Must, CheckResult.Pass)));

        Assert.Equal("report.malformed", ConformanceReportJson.Read(json).Error!.Code);
    }
}
