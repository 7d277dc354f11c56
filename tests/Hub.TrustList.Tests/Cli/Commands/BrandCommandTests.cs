namespace Hub.TrustList.Tests.Cli.Commands;

public sealed class BrandCommandTests : IDisposable
{
    private readonly TestFiles _files = new();
    private readonly CliRunner _cli = new();
    private readonly CliScenario _scenario;

    public BrandCommandTests() => _scenario = new CliScenario(_cli, _files);

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Add_FromFragment_PutsBrandUnderItsProvider()
    {
        await _scenario.InitAsync();
        await _scenario.AddMydoorAsync();

        var run = await _cli.RunAsync("brand", "add", "--file", _scenario.List, "--provider", "mydoor-osaka", "--from", TestFiles.DemoFragment("brands/sakai-d.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var brand = Assert.Single(Assert.Single(ListReader.Read(_scenario.List).IdentityProviders).Brands);
        Assert.Equal("SakaI-D", brand.LogoText);
        Assert.Equal("271403", Assert.Single(brand.Regions).Code);
    }

    [Fact]
    public async Task Add_UnknownProvider_FailsWithNotFound()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("brand", "add", "--file", _scenario.List, "--provider", "nobody", "--from", TestFiles.DemoFragment("brands/sakai-d.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entry.not-found", run.Error);
    }

    [Fact]
    public async Task Add_BrandIdUsedUnderAnotherProvider_FailsWithDuplicateCode()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("brand", "add", "--file", _scenario.List, "--provider", "mebuku", "--from", TestFiles.DemoFragment("brands/sakai-d.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entry.duplicate-id", run.Error);
    }

    [Fact]
    public async Task Add_WithoutProvider_ReturnsUsage()
    {
        await _scenario.InitAsync();

        var run = await _cli.RunAsync("brand", "add", "--file", _scenario.List, "--from", TestFiles.DemoFragment("brands/sakai-d.json"));

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Update_LogoText_KeepsNamesAndHistory()
    {
        await _scenario.BuildAsync();

        var run = await _cli.RunAsync("brand", "update", "--file", _scenario.List, "--provider", "mydoor-osaka", "--id", "sakai-d", "--logo-text", "さかいID");

        Assert.True(run.ExitCode == 0, run.ToString());
        var brand = ListReader.Read(_scenario.List).IdentityProviders.Single(p => p.Id == "mydoor-osaka").Brands.Single();
        Assert.Equal("さかいID", brand.LogoText);
        Assert.Equal("SakaI-D", brand.DisplayName.Ja);
        Assert.Single(brand.StatusHistory);
    }
}
