namespace Hub.TrustList.Tests.Cli;

public sealed class RoundTripTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("ES256")]
    [InlineData("RS256")]
    [InlineData("PS256")]
    public async Task KeygenInitAddSignVerify_EveryAlgorithm_Verifies(string alg)
    {
        var scenario = new CliScenario(_cli, _files);
        Assert.Equal(0, (await scenario.KeygenAsync(alg)).ExitCode);
        Assert.Equal(0, (await scenario.InitAsync()).ExitCode);
        Assert.Equal(0, (await scenario.AddMydoorAsync()).ExitCode);
        Assert.Equal(0, (await scenario.AddSakaiBrandAsync()).ExitCode);
        Assert.Equal(0, (await scenario.AddKosodateAsync()).ExitCode);

        var signed = await scenario.SignAsync();
        var verified = await scenario.VerifyAsync();

        Assert.True(signed.ExitCode == 0, signed.ToString());
        Assert.Contains("sequence 1", signed.Out);
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.StartsWith("OK ", verified.Out);
        Assert.Contains("1 providers (1 brands), 1 relying parties", verified.Out);
        Assert.Equal("", verified.Error);
    }

    [Fact]
    public async Task SignTwice_AfterAnEdit_VerifiesWithGrowingSequence()
    {
        var scenario = new CliScenario(_cli, _files);
        await scenario.BuildSignedAsync();
        _cli.Time.Advance(TimeSpan.FromDays(1));

        var suspended = await _cli.RunAsync("set-status", "--file", scenario.List, "--brand", "sakai-d", "--status", "suspended", "--reason", "調査中 / under investigation");
        var signed = await scenario.SignAsync();
        var verified = await scenario.VerifyAsync("--min-sequence", "2");

        Assert.Equal(0, suspended.ExitCode);
        Assert.Contains("sign the list again", suspended.Out);
        Assert.Contains("sequence 2", signed.Out);
        Assert.True(verified.ExitCode == 0, verified.ToString());
    }
}
