using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class SetStatusCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public SetStatusCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task SetStatus_Provider_AppendsToHistory()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("set-status", "--file", _scenario.List, "--provider", "mebuku", "--status", "suspended",
            "--reason", "署名鍵の漏えい疑い / suspected signing key compromise", "--at", "2026-11-26T00:00:00Z");

        Assert.True(run.ExitCode == 0, run.ToString());
        var provider = ListReader.Read(_scenario.List).IdentityProviders.Single(p => p.Id == "mebuku");
        Assert.Equal(2, provider.StatusHistory.Count);
        Assert.Equal(EntryStatus.Accredited, provider.StatusHistory[0].Status);
        Assert.Equal(new StatusChange(EntryStatus.Suspended, new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), "署名鍵の漏えい疑い / suspected signing key compromise"), provider.StatusHistory[1]);
        Assert.Equal(EntryStatus.Suspended, provider.Status);
    }

    [Fact]
    public async Task SetStatus_BrandThenReinstate_KeepsFullHistoryWithClockTimes()
    {
        await _scenario.BuildAsync();
        _cli.Time.Advance(TimeSpan.FromHours(1));
        await _cli.RunAsync("set-status", "--file", _scenario.List, "--brand", "sakai-d", "--status", "suspended", "--reason", "調査 / investigation");
        _cli.Time.Advance(TimeSpan.FromHours(1));

        var run = await _cli.RunAsync("set-status", "--file", _scenario.List, "--brand", "sakai-d", "--status", "accredited", "--reason", "再開 / reinstated");

        Assert.Equal(0, run.ExitCode);
        var brand = ListReader.Read(_scenario.List).IdentityProviders.Single(p => p.Id == "mydoor-osaka").Brands.Single();
        Assert.Equal([EntryStatus.Accredited, EntryStatus.Suspended, EntryStatus.Accredited], brand.StatusHistory.Select(s => s.Status));
        Assert.Equal(CliRunner.Start.AddHours(2), brand.StatusHistory[2].Since);
    }

    [Fact]
    public async Task SetStatus_RelyingParty_Withdraws()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("set-status", "--file", _scenario.List, "--rp", "osaka-kosodate", "--status", "withdrawn", "--reason", "サービス終了 / service closed");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(EntryStatus.Withdrawn, Assert.Single(ListReader.Read(_scenario.List).RelyingParties).Status);
    }

    [Fact]
    public async Task SetStatus_BeforeCurrentStatus_FailsWithOutOfOrder()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("set-status", "--file", _scenario.List, "--provider", "mebuku", "--status", "suspended", "--reason", "r", "--at", "2020-01-01T00:00:00Z");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("status.out-of-order", run.Error);
        Assert.Single(ListReader.Read(_scenario.List).IdentityProviders.Single(p => p.Id == "mebuku").StatusHistory);
    }

    [Fact]
    public async Task SetStatus_UnknownEntry_FailsWithNotFound()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("set-status", "--file", _scenario.List, "--rp", "nobody", "--status", "suspended", "--reason", "r");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entry.not-found", run.Error);
    }

    [Theory]
    [InlineData("--provider", "mebuku", "--rp", "osaka-kosodate")]
    [InlineData]
    public async Task SetStatus_NotExactlyOneTarget_ReturnsUsage(params string[] targets)
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync(["set-status", "--file", _scenario.List, "--status", "suspended", "--reason", "r", .. targets]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exactly one", run.Error);
    }

    [Fact]
    public async Task SetStatus_WithoutReason_ReturnsUsage()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("set-status", "--file", _scenario.List, "--provider", "mebuku", "--status", "suspended");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--reason", run.Error);
    }
}
