namespace Hub.TrustList.Tests.Cli;

/// <summary>
/// The commands a coordinator types to build a small list, shared by the tests that need one: a fresh key,
/// an empty list, the demo providers, brand and relying parties from the committed fragments.
/// </summary>
internal sealed class CliScenario(CliRunner cli, TestFiles files)
{
    public string List => files.Path("list.json");

    public string PrivateKey => files.Path("coordinator.private.jwk");

    public string PublicKey => files.Path("coordinator.public.jwk");

    public Task<CliRun> KeygenAsync(string alg = "ES256") => cli.RunAsync("keygen", "--alg", alg, "--out", files.Path("coordinator"));

    public Task<CliRun> InitAsync() => cli.RunAsync(
        "init", "--file", List, "--issuer-id", "https://coordinator.test.example",
        "--issuer-name-ja", "テスト調整機関", "--issuer-name-en", "Test coordinator");

    public Task<CliRun> AddMebukuAsync() => cli.RunAsync(
        "provider", "add", "--file", List, "--from", TestFiles.DemoFragment("providers/mebuku.json"),
        "--signing-cert", TestFiles.DemoKey("mebuku-idp.crt.pem"));

    public Task<CliRun> AddMydoorAsync() => cli.RunAsync(
        "provider", "add", "--file", List, "--from", TestFiles.DemoFragment("providers/mydoor-osaka.json"),
        "--jwks", TestFiles.DemoKey("mydoor-osaka-op.public.jwk"));

    public Task<CliRun> AddSakaiBrandAsync() => cli.RunAsync(
        "brand", "add", "--file", List, "--provider", "mydoor-osaka", "--id", "sakai-d", "--name-ja", "SakaI-D",
        "--name-en", "SakaI-D", "--logo-text", "SakaI-D", "--region", "271403:堺市:Sakai City");

    public Task<CliRun> AddKosodateAsync() => cli.RunAsync(
        "rp", "add", "--file", List, "--from", TestFiles.DemoFragment("relying-parties/osaka-kosodate.json"),
        "--jwks", TestFiles.DemoKey("demo-rp-osaka-kosodate.public.jwk"));

    public Task<CliRun> SignAsync(params string[] extra) => cli.RunAsync(["sign", "--file", List, "--key", PrivateKey, .. extra]);

    public Task<CliRun> VerifyAsync(params string[] extra) => cli.RunAsync(["verify", List, "--trust-anchor", PublicKey, .. extra]);

    /// <summary>Key, list, two providers, a brand, an RP: every step must succeed.</summary>
    public async Task BuildAsync()
    {
        foreach (var step in new Func<Task<CliRun>>[] { () => KeygenAsync(), InitAsync, AddMebukuAsync, AddMydoorAsync, AddSakaiBrandAsync, AddKosodateAsync })
        {
            var run = await step();
            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }

    public async Task BuildSignedAsync()
    {
        await BuildAsync();
        var signed = await SignAsync();
        Assert.True(signed.ExitCode == 0, signed.ToString());
    }
}
