namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public DiffCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    private async Task<string> NextReleaseAsync(params string[][] edits)
    {
        var next = _files.Path("next.json");
        File.Copy(_scenario.List, next);
        _cli.Time.Advance(TimeSpan.FromDays(1));
        foreach (var edit in edits)
        {
            var run = await _cli.RunAsync([.. edit.Select(a => a == "{next}" ? next : a)]);
            Assert.True(run.ExitCode == 0, run.ToString());
        }
        Assert.Equal(0, (await _cli.RunAsync("sign", "--file", next, "--key", _scenario.PrivateKey)).ExitCode);
        return next;
    }

    [Fact]
    public async Task Diff_SuspensionAndAddedRelyingParty_AreListed()
    {
        await _scenario.BuildSignedAsync();
        var next = await NextReleaseAsync(
            ["set-status", "--file", "{next}", "--provider", "mebuku", "--status", "suspended", "--reason", "監査中 / under audit"],
            ["rp", "add", "--file", "{next}", "--from", TestFiles.DemoFragment("relying-parties/maebashi-library.json")]);

        var ja = await _cli.RunAsync("diff", _scenario.List, next);
        var en = await _cli.RunAsync("diff", _scenario.List, next, "--lang", "en");

        Assert.Equal(0, ja.ExitCode);
        Assert.Contains("通番: 1 → 2", ja.Out);
        Assert.Contains("~ IDプロバイダー mebuku: 状態 認定 → 停止中 (2026-11-26T09:00:00Z, 理由: 監査中 / under audit)", ja.Out);
        Assert.Contains("+ 利用サービス maebashi-library (前橋市立図書館（デモ）): 追加", ja.Out);
        Assert.Contains("sequence: 1 → 2", en.Out);
        Assert.Contains("~ provider mebuku: status accredited → suspended", en.Out);
        Assert.Contains("+ relying party maebashi-library (Maebashi City Library (demo)): added", en.Out);
        Assert.DoesNotContain("mydoor-osaka", en.Out);
    }

    [Fact]
    public async Task Diff_KeyRolloverLevelAndEndpoint_AreListed()
    {
        await _scenario.BuildSignedAsync();
        var next = await NextReleaseAsync(
            ["provider", "update", "--file", "{next}", "--id", "mydoor-osaka", "--max-loa", "A", "--token-endpoint", "http://localhost:5082/oauth/token",
             "--jwks", TestFiles.DemoKey("mydoor-osaka-op.public.jwk"), "--jwks", TestFiles.DemoKey("aizu-plus-op.public.jwk")],
            ["provider", "update", "--file", "{next}", "--id", "mebuku", "--signing-cert", TestFiles.DemoKey("hub-saml-sp.crt.pem")]);

        var run = await _cli.RunAsync("diff", _scenario.List, next, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("~ provider mydoor-osaka: max LoA B → A", run.Out);
        Assert.Contains("~ provider mydoor-osaka: keys +kid:PwVoaGWnD9VvsYReX4waLeULUQOSjd3uleM6h22Ojs0", run.Out);
        Assert.Contains("~ provider mydoor-osaka: members: oidc.token_endpoint", run.Out);
        Assert.Matches(@"~ provider mebuku: keys \+x509:[0-9a-f]{16} -x509:[0-9a-f]{16}", run.Out);
    }

    [Fact]
    public async Task Diff_RemovedRelyingParty_IsListed()
    {
        await _scenario.BuildSignedAsync();
        var older = _files.Path("older.json");
        File.Copy(_scenario.List, older);
        await _cli.RunAsync("rp", "add", "--file", older, "--from", TestFiles.DemoFragment("relying-parties/maebashi-library.json"));

        var run = await _cli.RunAsync("diff", older, _scenario.List, "--lang", "en");

        Assert.Contains("- relying party maebashi-library (Maebashi City Library (demo)): removed", run.Out);
    }

    [Fact]
    public async Task Diff_RewrittenHistory_IsFlagged()
    {
        await _scenario.BuildSignedAsync();
        var rewritten = _files.Write("rewritten.json", File.ReadAllText(_scenario.List).Replace("初回認定 / initial accreditation", "something else"));

        var run = await _cli.RunAsync("diff", _scenario.List, rewritten, "--lang", "en");

        Assert.Contains("status history was rewritten", run.Out);
    }

    [Fact]
    public async Task Diff_SameFile_SaysNoChanges()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("diff", _scenario.List, _scenario.List);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("変更なし", run.Out.Trim());
    }
}
