namespace Hub.TrustList.Tests.Cli;

public sealed class CoordinatorCliTests
{
    private readonly CliRunner _cli = new();

    [Theory]
    [InlineData]
    [InlineData("bogus")]
    [InlineData("sign", "--file", "list.json")]
    [InlineData("keygen", "--alg", "HS256", "--out", "k")]
    [InlineData("show", "list.json", "--lang", "fr")]
    [InlineData("verify", "list.json", "--trust-anchor", "a.jwk", "--at", "2026-11-25 09:00")]
    [InlineData("verify", "list.json", "--trust-anchor", "a.jwk", "--min-sequence", "many")]
    [InlineData("init", "--file", "x.json", "--issuer-id", "i", "--issuer-name-ja", "j", "--issuer-name-en", "e", "--validity-days", "0")]
    [InlineData("set-status", "--file", "x.json", "--provider", "p", "--status", "paused", "--reason", "r")]
    public async Task RunAsync_UsageError_ReturnsExitCode2(params string[] args)
    {
        var run = await _cli.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task RunAsync_Help_ListsEveryCommandAndReturns0()
    {
        var run = await _cli.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "keygen", "init", "provider", "brand", "rp", "set-status", "sign", "verify", "show", "diff" })
        {
            Assert.Contains(command, run.Out);
        }
    }

    [Fact]
    public async Task RunAsync_SubcommandHelp_Returns0EvenWithoutRequiredOptions()
    {
        var run = await _cli.RunAsync("sign", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--key", run.Out);
    }
}
