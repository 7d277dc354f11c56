namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class SignCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public SignCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Sign_ValidDraft_BumpsSequenceAndStampsTheWindow()
    {
        await _scenario.BuildAsync();
        _cli.Time.Advance(TimeSpan.FromMinutes(90));

        var run = await _scenario.SignAsync();

        Assert.True(run.ExitCode == 0, run.ToString());
        var list = ListReader.Read(_scenario.List);
        Assert.Equal(1, list.Sequence);
        Assert.Equal(CliRunner.Start.AddMinutes(90), list.IssuedAt);
        Assert.Equal(CliRunner.Start.AddMinutes(90).AddDays(30), list.NextUpdate);
        Assert.NotNull(list.Signature);
    }

    [Fact]
    public async Task Sign_ValidityDaysAndSequence_AreTaken()
    {
        await _scenario.BuildAsync();

        var run = await _scenario.SignAsync("--validity-days", "7", "--sequence", "42");

        Assert.Equal(0, run.ExitCode);
        var list = ListReader.Read(_scenario.List);
        Assert.Equal(42, list.Sequence);
        Assert.Equal(CliRunner.Start.AddDays(7), list.NextUpdate);
    }

    [Fact]
    public async Task Sign_SequenceBelowCurrent_StillGrows()
    {
        await _scenario.BuildAsync();
        await _scenario.SignAsync("--sequence", "10");

        var run = await _scenario.SignAsync("--sequence", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(11, ListReader.Read(_scenario.List).Sequence);
    }

    [Fact]
    public async Task Sign_Out_WritesSignedCopyAndLeavesTheDraft()
    {
        await _scenario.BuildAsync();
        var draft = File.ReadAllText(_scenario.List);

        var run = await _scenario.SignAsync("--out", _files.Path("release.json"));
        var verified = await _cli.RunAsync("verify", _files.Path("release.json"), "--trust-anchor", _scenario.PublicKey);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(draft, File.ReadAllText(_scenario.List));
        Assert.Equal(0, verified.ExitCode);
    }

    [Fact]
    public async Task Sign_ListFailingValidation_RefusesNamingTheRule()
    {
        await _scenario.BuildAsync();
        await _cli.RunAsync("rp", "update", "--file", _scenario.List, "--client-id", "osaka-kosodate", "--redirect-uri", "http://kosodate.osaka.example/cb");
        var draft = File.ReadAllText(_scenario.List);

        var run = await _scenario.SignAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: structure.redirect_uri:", run.Error);
        Assert.Contains("Refusing to sign", run.Error);
        Assert.Equal(draft, File.ReadAllText(_scenario.List));
    }

    [Fact]
    public async Task Sign_ValidityOverTheConsumerMaximum_RefusesWithFreshnessRule()
    {
        await _scenario.BuildAsync();
        var draft = File.ReadAllText(_scenario.List);

        var run = await _scenario.SignAsync("--validity-days", "60");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("freshness.validity_too_long", run.Error);
        Assert.Equal(draft, File.ReadAllText(_scenario.List));
    }

    [Fact]
    public async Task Sign_PublicKeyGivenAsKey_FailsWithKeyCode()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("sign", "--file", _scenario.List, "--key", _scenario.PublicKey);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("key.invalid", run.Error);
    }

    [Fact]
    public async Task Sign_MissingList_ReturnsUsage()
    {
        await _scenario.KeygenAsync();

        var run = await _cli.RunAsync("sign", "--file", _files.Path("nothing.json"), "--key", _scenario.PrivateKey);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file.unreadable", run.Error);
    }
}
