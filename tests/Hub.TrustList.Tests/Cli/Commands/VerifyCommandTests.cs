namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public VerifyCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Verify_WrongAnchor_FailsWithUnknownKey()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("verify", _scenario.List, "--trust-anchor", TestFiles.DemoKey("coordinator.public.jwk"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: signature.unknown_key:", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Verify_TwoAnchorsDuringRollover_Accepts()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("verify", _scenario.List, "--trust-anchor", TestFiles.DemoKey("coordinator.public.jwk"), "--trust-anchor", _scenario.PublicKey);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Verify_AtAfterNextUpdate_FailsExpired()
    {
        await _scenario.BuildSignedAsync();

        var run = await _scenario.VerifyAsync("--at", "2026-12-25T09:00:01Z");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: freshness.expired:", run.Error);
    }

    [Fact]
    public async Task Verify_ClockPastNextUpdate_FailsExpired()
    {
        await _scenario.BuildSignedAsync();
        _cli.Time.Advance(TimeSpan.FromDays(31));

        var run = await _scenario.VerifyAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("freshness.expired", run.Error);
    }

    [Fact]
    public async Task Verify_AtInsideWindow_AcceptsEvenWhenClockIsPast()
    {
        await _scenario.BuildSignedAsync();
        _cli.Time.Advance(TimeSpan.FromDays(31));

        var run = await _scenario.VerifyAsync("--at", "2026-12-01T00:00:00+09:00");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task Verify_MinSequenceAboveTheList_FailsRollback()
    {
        await _scenario.BuildSignedAsync();

        var accepted = await _scenario.VerifyAsync("--min-sequence", "1");
        var rolledBack = await _scenario.VerifyAsync("--min-sequence", "2");

        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal(1, rolledBack.ExitCode);
        Assert.Contains("error: rollback.sequence:", rolledBack.Error);
    }

    [Fact]
    public async Task Verify_TamperedList_FailsBadSignature()
    {
        await _scenario.BuildSignedAsync();
        File.WriteAllText(_scenario.List, File.ReadAllText(_scenario.List).Replace("\"max_loa\": \"B\"", "\"max_loa\": \"A\""));

        var run = await _scenario.VerifyAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("signature.invalid", run.Error);
    }

    [Fact]
    public async Task Verify_PrivateKeyAsAnchor_ReturnsUsage()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("verify", _scenario.List, "--trust-anchor", _scenario.PrivateKey);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("key.private", run.Error);
    }

    [Fact]
    public async Task Verify_MissingFile_ReturnsUsage()
    {
        await _scenario.KeygenAsync();

        var run = await _cli.RunAsync("verify", _files.Path("absent.json"), "--trust-anchor", _scenario.PublicKey);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file.unreadable", run.Error);
    }
}
