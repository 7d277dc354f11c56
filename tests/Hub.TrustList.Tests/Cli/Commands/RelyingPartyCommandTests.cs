using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class RelyingPartyCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public RelyingPartyCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    private Task<CliRun> AddLibraryAsync(params string[] extra) => _cli.RunAsync(
    [
        "rp", "add", "--file", _scenario.List, "--client-id", "maebashi-library", "--name-ja", "前橋市立図書館（デモ）",
        "--name-en", "Maebashi City Library (demo)", "--operator-ja", "前橋市", "--operator-en", "Maebashi City", "--kind", "public",
        "--region", "102016:前橋市:Maebashi City", "--redirect-uri", "http://localhost:5091/callback",
        "--sector-identifier", "library.maebashi.example", "--claim", "name:required:利用者カードの名義:Name on the library card",
        "--claim", "age_over_18:optional:成人向け資料の貸出確認:Lending of adult material", "--min-loa", "C", "--demo",
        .. extra,
    ]);

    [Fact]
    public async Task Add_FromFlagsWithSecretHash_WritesDemoClientSecretEntry()
    {
        await _scenario.InitAsync();

        var run = await AddLibraryAsync("--client-secret-sha256", "0fVxLwMKDOEAJkjuXnGFU2xhe4_gvm70qy8f3HKDFjE");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        var rp = Assert.Single(ListReader.Read(_scenario.List).RelyingParties);
        Assert.Equal(ClientAuthenticationMethod.ClientSecretBasic, rp.ClientAuthentication.Method);
        Assert.Equal("0fVxLwMKDOEAJkjuXnGFU2xhe4_gvm70qy8f3HKDFjE", rp.ClientAuthentication.ClientSecretSha256);
        Assert.True(rp.Demo);
        Assert.Equal(LevelOfAssurance.C, rp.MinLoa);
        Assert.Equal(["name", "age_over_18"], rp.AllowedClaims.Select(c => c.Claim));
        Assert.True(rp.AllowedClaims[0].Required);
        Assert.False(rp.AllowedClaims[1].Required);
        Assert.Equal("Lending of adult material", rp.AllowedClaims[1].Purpose.En);
    }

    [Fact]
    public async Task Add_SecretOnNonDemoEntry_WarnsWithClientAuthRule()
    {
        await _scenario.InitAsync();
        await AddLibraryAsync("--client-secret-sha256", "0fVxLwMKDOEAJkjuXnGFU2xhe4_gvm70qy8f3HKDFjE");

        var run = await _cli.RunAsync("rp", "update", "--file", _scenario.List, "--client-id", "maebashi-library", "--demo", "false");
        var keygen = await _cli.RunAsync("keygen", "--out", _files.Path("k"));
        var sign = await _cli.RunAsync("sign", "--file", _scenario.List, "--key", _files.Path("k.private.jwk"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("structure.client_auth", run.Error);
        Assert.Equal(0, keygen.ExitCode);
        Assert.Equal(1, sign.ExitCode);
        Assert.Contains("structure.client_auth", sign.Error);
    }

    [Fact]
    public async Task Add_JwksAndSecretTogether_ReturnsUsage()
    {
        await _scenario.InitAsync();

        var run = await AddLibraryAsync("--client-secret-sha256", "abc", "--jwks", TestFiles.DemoKey("demo-rp-maebashi-library.public.jwk"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("flags.conflict", run.Error);
    }

    [Theory]
    [InlineData("name:mandatory:氏名:Name")]
    [InlineData("name:required:氏名")]
    public async Task Add_MalformedClaim_ReturnsUsage(string claim)
    {
        await _scenario.InitAsync();

        var run = await AddLibraryAsync("--client-secret-sha256", "abc", "--claim", claim);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--claim", run.Error);
    }

    [Fact]
    public async Task Update_Jwks_SwitchesToPrivateKeyJwt()
    {
        await _scenario.InitAsync();
        await AddLibraryAsync("--client-secret-sha256", "0fVxLwMKDOEAJkjuXnGFU2xhe4_gvm70qy8f3HKDFjE");

        var run = await _cli.RunAsync("rp", "update", "--file", _scenario.List, "--client-id", "maebashi-library", "--jwks", TestFiles.DemoKey("demo-rp-maebashi-library.public.jwk"), "--min-loa", "B");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rp = Assert.Single(ListReader.Read(_scenario.List).RelyingParties);
        Assert.Equal(ClientAuthenticationMethod.PrivateKeyJwt, rp.ClientAuthentication.Method);
        Assert.Null(rp.ClientAuthentication.ClientSecretSha256);
        Assert.Single(rp.ClientAuthentication.Jwks!.Keys);
        Assert.Equal(LevelOfAssurance.B, rp.MinLoa);
    }
}
