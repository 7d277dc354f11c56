using System.Text.Json.Nodes;
using Hub.TrustList.Conformance;
using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class AccreditCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;
    private readonly AccreditationFiles _accreditation;

    public AccreditCommandTests()
    {
        _scenario = new CliScenario(_cli, _files);
        _accreditation = new AccreditationFiles(_files);
    }

    public void Dispose() => _files.Dispose();

    private Task<CliRun> AccreditAsync(params string[] extra)
        => _cli.RunAsync(["accredit", "--file", _scenario.List, "--candidate", _accreditation.Candidate, "--report", _accreditation.Report, .. extra]);

    [Fact]
    public async Task Accredit_NewProviderWithPassingReport_AddsItAccreditedWithConformanceRecord()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        var finished = CliRunner.Start.AddDays(-2);
        _accreditation.WriteReport(finished);

        var run = await AccreditAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var provider = Assert.Single(ListReader.Read(_scenario.List).IdentityProviders);
        Assert.Equal("aizu-plus", provider.Id);
        Assert.Equal(ConformanceDigest.Of(File.ReadAllBytes(_accreditation.Report)), provider.Conformance!.ReportDigest);
        Assert.Equal("hub-conformance/1.0.0", provider.Conformance.SuiteVersion);
        Assert.Equal(finished, provider.Conformance.Date);
        var status = Assert.Single(provider.StatusHistory);
        Assert.Equal(EntryStatus.Accredited, status.Status);
        Assert.Equal(CliRunner.Start, status.Since);
        Assert.Contains("(added)", run.Out);
        Assert.DoesNotContain("warning:", run.Error);
    }

    [Fact]
    public async Task Accredit_ExistingProvider_ReplacesMembersKeepsHistoryAndBrands()
    {
        await _scenario.BuildAsync();
        await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--from", TestFiles.DemoFragment("providers/aizu-plus.json"),
            "--jwks", TestFiles.DemoKey("aizu-plus-op.public.jwk"), "--at", "2026-11-01T00:00:00Z");
        await _cli.RunAsync("set-status", "--file", _scenario.List, "--provider", "aizu-plus", "--status", "suspended", "--reason", "audit");
        await _cli.RunAsync("brand", "add", "--file", _scenario.List, "--provider", "aizu-plus", "--id", "aizu-brand",
            "--name-ja", "会津", "--name-en", "Aizu", "--region", "072028:会津若松市:Aizuwakamatsu");
        _accreditation.WriteCandidate(entry => entry["max_loa"] = "A");
        _accreditation.WriteReport(CliRunner.Start.AddDays(-1));

        var run = await AccreditAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var provider = ListReader.Read(_scenario.List).IdentityProviders.Single(p => p.Id == "aizu-plus");
        Assert.Equal(LevelOfAssurance.A, provider.MaxLoa);
        Assert.Equal([EntryStatus.Accredited, EntryStatus.Suspended], provider.StatusHistory.Select(s => s.Status));
        Assert.Equal("aizu-brand", Assert.Single(provider.Brands).Id);
        Assert.NotNull(provider.Conformance);
        Assert.Contains("(updated)", run.Out);
        Assert.Contains("stays suspended", run.Out);
    }

    [Fact]
    public async Task Accredit_ThenShow_DisplaysTheConformanceRecord()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero));
        await AccreditAsync();

        var run = await _cli.RunAsync("show", _scenario.List, "--lang", "en");

        var row = run.Out.Split('\n').Single(line => line.StartsWith("aizu-plus ", StringComparison.Ordinal));
        Assert.EndsWith($"{ConformanceDigest.Of(File.ReadAllBytes(_accreditation.Report))} (hub-conformance/1.0.0, 2026-11-20)", row);
    }

    [Theory]
    [InlineData(CheckResult.Fail)]
    [InlineData(CheckResult.Skip)]
    public async Task Accredit_MustCheckNotPassed_RefusesNamingTheCheck(CheckResult result)
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddDays(-1), null,
            AccreditationFiles.Check("META-DOC-01", CheckLevel.Must, CheckResult.Pass),
            AccreditationFiles.Check("OIDC-PKCE-01", CheckLevel.Must, result));

        var run = await AccreditAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: accredit.must-failed:", run.Error);
        Assert.Contains("OIDC-PKCE-01", run.Error);
        Assert.Empty(ListReader.Read(_scenario.List).IdentityProviders);
    }

    [Fact]
    public async Task Accredit_ShouldCheckFailed_StillAccredits()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddDays(-1), null,
            AccreditationFiles.Check("META-DOC-01", CheckLevel.Must, CheckResult.Pass),
            AccreditationFiles.Check("META-DOC-02", CheckLevel.Should, CheckResult.Fail));

        var run = await AccreditAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Accredit_CandidateChangedAfterTheRun_RefusesDigestMismatch()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddDays(-1));
        _accreditation.WriteCandidate(entry => entry["max_loa"] = "A");

        var run = await AccreditAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: accredit.digest-mismatch:", run.Error);
        Assert.Empty(ListReader.Read(_scenario.List).IdentityProviders);
    }

    [Fact]
    public async Task Accredit_SameEntryReformatted_DigestStillMatches()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddDays(-1));
        var node = JsonNode.Parse(File.ReadAllText(_accreditation.Candidate))!;
        File.WriteAllText(_accreditation.Candidate, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var run = await AccreditAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Accredit_ReportOlderThanMaxAge_RefusesStale()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddDays(-31));

        var run = await AccreditAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: accredit.report-stale:", run.Error);
    }

    [Fact]
    public async Task Accredit_MaxAgeOption_WidensTheWindow()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddDays(-31));

        var run = await AccreditAsync("--max-report-age-days", "45");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Accredit_ReportFromTheFuture_RefusesFuture()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddHours(1));

        var run = await AccreditAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: accredit.report-future:", run.Error);
    }

    [Fact]
    public async Task Accredit_EditedSummary_RefusesMalformedReport()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();
        _accreditation.WriteReport(CliRunner.Start.AddDays(-1), null,
            AccreditationFiles.Check("OIDC-PKCE-01", CheckLevel.Must, CheckResult.Fail));
        var report = JsonNode.Parse(File.ReadAllText(_accreditation.Report))!;
        report["summary"]!["all_must_passed"] = true;
        File.WriteAllText(_accreditation.Report, report.ToJsonString());

        var run = await AccreditAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: report.malformed:", run.Error);
    }

    [Fact]
    public async Task Accredit_CandidateWithStatusHistory_RefusesManagedMember()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate(entry => entry["status_history"] = new JsonArray());
        _accreditation.WriteReport(CliRunner.Start.AddDays(-1), "sha-256:00");

        var run = await AccreditAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: candidate.managed-member:", run.Error);
    }

    [Fact]
    public async Task Accredit_MissingReportFile_IsUsageError()
    {
        await _scenario.InitAsync();
        _accreditation.WriteCandidate();

        var run = await AccreditAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file.unreadable", run.Error);
    }

    [Fact]
    public async Task Accredit_WithoutCandidateOption_IsUsageError()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("accredit", "--file", _scenario.List, "--report", _accreditation.Report);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--candidate", run.Error);
    }
}
