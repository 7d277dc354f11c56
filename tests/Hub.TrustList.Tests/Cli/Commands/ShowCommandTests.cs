namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class ShowCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public ShowCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Show_DefaultLanguage_PrintsJapaneseTables()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("show", _scenario.List);

        Assert.Equal(0, run.ExitCode);
        foreach (var expected in new[]
                 {
                     "通番: 1", "次回更新: 2026-12-25T09:00:00Z", "署名済み", "めぶくID", "mydoor OSAKA ID", "saml2", "oidc", "認定",
                     "SakaI-D", "271403", "堺市", "102016", "前橋市", "大阪市 子育て支援サービス（デモ）", "osaka-kosodate", "適合性記録", "なし",
                 })
        {
            Assert.Contains(expected, run.Out);
        }
        Assert.DoesNotContain("accredited", run.Out);
    }

    [Fact]
    public async Task Show_English_PrintsEnglishNames()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("show", _scenario.List, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        foreach (var expected in new[] { "sequence: 1", "Mebuku ID", "Sakai City", "Maebashi City", "Osaka City Child-care Support (demo)", "accredited", "max LoA" })
        {
            Assert.Contains(expected, run.Out);
        }
        Assert.DoesNotContain("めぶくID", run.Out);
    }

    [Fact]
    public async Task Show_RelyingParty_ShowsItsConsentRevocationEndpoint()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("show", _scenario.List, "--lang", "en");

        Assert.Contains("consent revocation endpoint", run.Out);
        var row = run.Out.Split('\n').Single(line => line.StartsWith("osaka-kosodate ", StringComparison.Ordinal));
        Assert.Contains("http://localhost:5090/consent-revoked", row);
    }

    [Fact]
    public async Task Show_SuspendedProvider_ShowsItsStatusInItsRow()
    {
        await _scenario.BuildAsync();
        await _cli.RunAsync("set-status", "--file", _scenario.List, "--provider", "mebuku", "--status", "suspended", "--reason", "r");

        var run = await _cli.RunAsync("show", _scenario.List, "--lang", "en");

        var row = run.Out.Split('\n').Single(line => line.StartsWith("mebuku ", StringComparison.Ordinal));
        Assert.Contains("suspended", row);
        Assert.Contains("unsigned", run.Out);
    }

    [Fact]
    public async Task Show_WideCharacters_AlignColumns()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("show", _scenario.List);

        var lines = run.Out.Split('\n');
        var header = lines.First(line => line.StartsWith("client_id", StringComparison.Ordinal));
        var row = lines.First(line => line.StartsWith("osaka-kosodate", StringComparison.Ordinal));
        Assert.Equal(Hub.TrustList.Cli.Display.TextTable.Width(header[..header.IndexOf("種別", StringComparison.Ordinal)]),
                     Hub.TrustList.Cli.Display.TextTable.Width(row[..row.IndexOf("public", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task Show_ConformanceRecordSetByUpdate_IsPrinted()
    {
        await _scenario.BuildAsync();
        var updated = await _cli.RunAsync("provider", "update", "--file", _scenario.List, "--id", "mebuku",
            "--conformance-digest", "sha-256:3f1c0d", "--conformance-suite-version", "suite-1.2", "--conformance-date", "2026-11-20T00:00:00Z");

        var run = await _cli.RunAsync("show", _scenario.List, "--lang", "en");

        Assert.True(updated.ExitCode == 0, updated.ToString());
        var row = run.Out.Split('\n').Single(line => line.StartsWith("mebuku ", StringComparison.Ordinal));
        Assert.EndsWith("sha-256:3f1c0d (suite-1.2, 2026-11-20)", row);
    }

    [Fact]
    public async Task Show_NotAList_FailsWithMalformed()
    {
        var path = _files.Write("not-a-list.json", """{ "hello": "world" }""");

        var run = await _cli.RunAsync("show", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("list.malformed", run.Error);
    }
}
