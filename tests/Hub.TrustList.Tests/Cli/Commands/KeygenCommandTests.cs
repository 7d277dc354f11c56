using System.Text.Json.Nodes;

namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class KeygenCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Keygen_NewPrefix_WritesPrivateAndPublicJwk()
    {
        var run = await _cli.RunAsync("keygen", "--out", _files.Path("k"));

        Assert.Equal(0, run.ExitCode);
        var privateJwk = JsonNode.Parse(File.ReadAllText(_files.Path("k.private.jwk")))!;
        var publicJwk = JsonNode.Parse(File.ReadAllText(_files.Path("k.public.jwk")))!;
        Assert.Equal("ES256", privateJwk["alg"]!.GetValue<string>());
        Assert.NotNull(privateJwk["d"]);
        Assert.Null(publicJwk["d"]);
        Assert.Equal(privateJwk["kid"]!.GetValue<string>(), publicJwk["kid"]!.GetValue<string>());
        Assert.Contains(publicJwk["kid"]!.GetValue<string>(), run.Out);
    }

    [Fact]
    public async Task Keygen_PrivateKeyFile_IsReadableByOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no Unix file modes there
        }

        await _cli.RunAsync("keygen", "--out", _files.Path("k"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_files.Path("k.private.jwk")));
    }

    [Fact]
    public async Task Keygen_ExistingFile_RefusesToOverwrite()
    {
        var publicPath = _files.Write("k.public.jwk", "keep me");

        var run = await _cli.RunAsync("keygen", "--out", _files.Path("k"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file.exists", run.Error);
        Assert.Equal("keep me", File.ReadAllText(publicPath));
        Assert.False(File.Exists(_files.Path("k.private.jwk")));
    }
}
