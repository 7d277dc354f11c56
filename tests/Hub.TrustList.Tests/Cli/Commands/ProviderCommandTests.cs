using Hub.TrustList.Model;

namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class ProviderCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public ProviderCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Add_FromFlags_WritesSamlProviderAccreditedNow()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync(
            "provider", "add", "--file", _scenario.List, "--id", "mebuku", "--name-ja", "めぶくID", "--name-en", "Mebuku ID",
            "--operator-ja", "めぶくグラウンド株式会社", "--operator-en", "Mebuku Ground Co., Ltd.", "--protocol", "saml2", "--max-loa", "A",
            "--mapping-profile", "mebuku-saml-v1", "--region", "102016:前橋市:Maebashi City", "--region", "012173:江別市:Ebetsu City",
            "--attribute", "name", "--attribute", "birthdate", "--entity-id", "https://idp.mebuku.example/saml",
            "--sso-url", "https://idp.mebuku.example/sso", "--signing-cert", TestFiles.DemoKey("mebuku-idp.crt.pem"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var provider = Assert.Single(ListReader.Read(_scenario.List).IdentityProviders);
        Assert.Equal(ProviderProtocol.Saml2, provider.Protocol);
        Assert.Equal(LevelOfAssurance.A, provider.MaxLoa);
        Assert.Equal(["102016", "012173"], provider.Regions.Select(r => r.Code));
        Assert.StartsWith("MII", Assert.Single(provider.Saml2!.SigningCertificates));
        var status = Assert.Single(provider.StatusHistory);
        Assert.Equal(new StatusChange(EntryStatus.Accredited, CliRunner.Start, "初回認定 / initial accreditation"), status);
        Assert.Empty(provider.Brands);
    }

    [Fact]
    public async Task Add_FragmentAndFlag_FlagWins()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync(
            "provider", "add", "--file", _scenario.List, "--from", TestFiles.DemoFragment("providers/mebuku.json"),
            "--signing-cert", TestFiles.DemoKey("mebuku-idp.crt.pem"), "--max-loa", "B",
            "--at", "2026-11-01T00:00:00+09:00", "--reason", "再審査 / re-review");

        Assert.True(run.ExitCode == 0, run.ToString());
        var provider = Assert.Single(ListReader.Read(_scenario.List).IdentityProviders);
        Assert.Equal(LevelOfAssurance.B, provider.MaxLoa);
        Assert.Equal("mebuku-saml-v1", provider.MappingProfile);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 15, 0, 0, TimeSpan.Zero), provider.StatusHistory[0].Since);
        Assert.Equal("再審査 / re-review", provider.StatusHistory[0].Reason);
    }

    [Fact]
    public async Task Add_OidcWithoutAlgFlag_TakesAlgFromPinnedKey()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync(
            "provider", "add", "--file", _scenario.List, "--id", "aizu-plus", "--name-ja", "会津若松＋ID", "--name-en", "Aizuwakamatsu+ ID",
            "--operator-ja", "AiCT", "--operator-en", "AiCT", "--protocol", "oidc", "--max-loa", "B", "--mapping-profile", "aizu-plus-oidc-v1",
            "--region", "072028:会津若松市:Aizuwakamatsu City", "--attribute", "name", "--issuer", "https://op.aizu.example",
            "--authorization-endpoint", "https://op.aizu.example/authorize", "--token-endpoint", "https://op.aizu.example/token",
            "--jwks", TestFiles.DemoKey("aizu-plus-op.public.jwk"), "--client-id", "regional-id-hub");

        Assert.True(run.ExitCode == 0, run.ToString());
        var oidc = Assert.Single(ListReader.Read(_scenario.List).IdentityProviders).Oidc!;
        Assert.Equal(["ES256"], oidc.IdTokenSigningAlgValues);
        Assert.Equal("EC", Assert.Single(oidc.Jwks.Keys).Kty);
    }

    [Fact]
    public async Task Add_MissingMembers_ReturnsUsageNamingTheFlags()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--id", "x", "--name-ja", "エックス");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("entry.incomplete", run.Error);
        Assert.Contains("--name-en", run.Error);
        Assert.DoesNotContain("--name-ja", run.Error);
        Assert.Empty(ListReader.Read(_scenario.List).IdentityProviders);
    }

    [Fact]
    public async Task Add_DuplicateId_FailsWithDuplicateCode()
    {
        await _scenario.InitAsync();
        await _scenario.AddMebukuAsync();

        var run = await _scenario.AddMebukuAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entry.duplicate-id", run.Error);
        Assert.Single(ListReader.Read(_scenario.List).IdentityProviders);
    }

    [Fact]
    public async Task Add_FragmentWithUnknownMember_FailsWithInvalidEntry()
    {
        await _scenario.InitAsync();
        var fragment = File.ReadAllText(TestFiles.DemoFragment("providers/mebuku.json")).Replace("\"max_loa\"", "\"favourite_colour\": \"blue\", \"max_loa\"");
        var path = _files.Write("fragment.json", fragment);

        var run = await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--from", path, "--signing-cert", TestFiles.DemoKey("mebuku-idp.crt.pem"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entry.invalid", run.Error);
        Assert.Contains("favourite_colour", run.Error);
    }

    [Fact]
    public async Task Add_PrivateJwk_FailsWithPrivateKeyCode()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--from", TestFiles.DemoFragment("providers/aizu-plus.json"),
            "--jwks", TestFiles.DemoKey("aizu-plus-op.private.jwk"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("key.private", run.Error);
    }

    [Fact]
    public async Task Add_PrivateKeyAsCertificate_FailsWithPrivateKeyCode()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--from", TestFiles.DemoFragment("providers/mebuku.json"),
            "--signing-cert", TestFiles.DemoKey("mebuku-idp.key.pem"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("key.private", run.Error);
    }

    [Fact]
    public async Task Add_MalformedFragment_FailsWithFragmentCode()
    {
        await _scenario.InitAsync();
        var path = _files.Write("fragment.json", "{ \"id\": ");

        var run = await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--from", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fragment.malformed", run.Error);
    }

    [Fact]
    public async Task Add_BadRegionCheckDigit_ReturnsUsage()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--from", TestFiles.DemoFragment("providers/mebuku.json"), "--region", "102017:前橋市:Maebashi");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("102017", run.Error);
    }

    [Fact]
    public async Task Update_OneFlag_ChangesOnlyThatMemberAndKeepsHistoryAndBrands()
    {
        await _scenario.BuildAsync();
        var before = ListReader.Read(_scenario.List).IdentityProviders.Single(p => p.Id == "mydoor-osaka");

        var run = await _cli.RunAsync("provider", "update", "--file", _scenario.List, "--id", "mydoor-osaka", "--max-loa", "A");

        Assert.True(run.ExitCode == 0, run.ToString());
        var after = ListReader.Read(_scenario.List).IdentityProviders.Single(p => p.Id == "mydoor-osaka");
        Assert.Equal(LevelOfAssurance.A, after.MaxLoa);
        Assert.Equal(before.StatusHistory, after.StatusHistory);
        Assert.Equal(before.Brands.Select(b => b.Id), after.Brands.Select(b => b.Id));
        Assert.Equal(before.Oidc!.Issuer, after.Oidc!.Issuer);
        Assert.Equal(before.Regions, after.Regions);
    }

    [Fact]
    public async Task Update_FragmentCarryingStatusHistory_ReturnsUsage()
    {
        await _scenario.BuildAsync();
        var path = _files.Write("fragment.json", """{ "id": "mebuku", "status_history": [] }""");

        var run = await _cli.RunAsync("provider", "update", "--file", _scenario.List, "--from", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fragment.managed-member", run.Error);
    }

    [Fact]
    public async Task Update_IdAndFragmentDisagree_ReturnsUsage()
    {
        await _scenario.BuildAsync();
        var path = _files.Write("fragment.json", """{ "id": "mebuku" }""");

        var run = await _cli.RunAsync("provider", "update", "--file", _scenario.List, "--from", path, "--id", "aizu-plus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("entry.key-conflict", run.Error);
    }

    [Fact]
    public async Task Update_UnknownProvider_FailsWithNotFound()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("provider", "update", "--file", _scenario.List, "--id", "nobody", "--max-loa", "C");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entry.not-found", run.Error);
    }

    [Fact]
    public async Task Update_SignedList_DropsTheSignature()
    {
        await _scenario.BuildSignedAsync();

        var run = await _cli.RunAsync("provider", "update", "--file", _scenario.List, "--id", "mebuku", "--max-loa", "B");
        var verified = await _scenario.VerifyAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sign the list again", run.Out);
        Assert.Null(ListReader.Read(_scenario.List).Signature);
        Assert.Equal(1, verified.ExitCode);
        Assert.Contains("signature.missing", verified.Error);
    }

    [Fact]
    public async Task Add_EntryTheValidatorRejects_WritesDraftAndWarnsWithTheRule()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("provider", "add", "--file", _scenario.List, "--from", TestFiles.DemoFragment("providers/mebuku.json"),
            "--signing-cert", TestFiles.DemoKey("mebuku-idp.crt.pem"), "--attribute", "favourite_colour");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: structure.", run.Error);
        Assert.Single(ListReader.Read(_scenario.List).IdentityProviders);
    }
}
