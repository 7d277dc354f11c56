using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Init_NewFile_WritesEmptyUnsignedList()
    {
        var path = _files.Path("list.json");

        var run = await _cli.RunAsync("init", "--file", path, "--issuer-id", "https://c.example", "--issuer-name-ja", "調整機関", "--issuer-name-en", "Coordinator", "--validity-days", "7");

        Assert.Equal(0, run.ExitCode);
        var list = ListReader.Read(path);
        Assert.Equal(TrustListDocument.CurrentFormat, list.Format);
        Assert.Equal(0, list.Sequence);
        Assert.Equal(CliRunner.Start, list.IssuedAt);
        Assert.Equal(CliRunner.Start.AddDays(7), list.NextUpdate);
        Assert.Equal(new LocalizedText("調整機関", "Coordinator"), list.Issuer.Name);
        Assert.Empty(list.IdentityProviders);
        Assert.Empty(list.RelyingParties);
        Assert.Null(list.Signature);
    }

    [Fact]
    public async Task Init_ExistingFile_RefusesToOverwrite()
    {
        var path = _files.Write("list.json", "{}");

        var run = await _cli.RunAsync("init", "--file", path, "--issuer-id", "i", "--issuer-name-ja", "j", "--issuer-name-en", "e");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file.exists", run.Error);
        Assert.Equal("{}", File.ReadAllText(path));
    }
}
