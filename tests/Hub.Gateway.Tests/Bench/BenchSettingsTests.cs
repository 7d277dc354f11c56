using Hub.Bench.Load;

namespace Hub.Gateway.Tests.Bench;

/// <summary>The bench's command line: environment variables meant for the hub processes only.</summary>
public sealed class BenchSettingsTests
{
    [Fact]
    public void Parse_HubEnvTwice_KeepsBothAndTheLastValueOfARepeatedName()
    {
        var settings = BenchSettings.Parse(["--hub-env", "DOTNET_GCgen0size=0x4000000", "--hub-env", "A=1", "--hub-env", "A=b=c"]);

        Assert.NotNull(settings);
        Assert.Equal(new Dictionary<string, string> { ["DOTNET_GCgen0size"] = "0x4000000", ["A"] = "b=c" }, settings.HubEnvironment);
    }

    [Theory]
    [InlineData("NO_EQUALS_SIGN")]
    [InlineData("=value")]
    public void Parse_HubEnvWithoutName_Refused(string value)
        => Assert.Null(BenchSettings.Parse(["--hub-env", value]));

    [Fact]
    public void Machine_WithHubEnvironment_NamesItInTheHeader()
    {
        using var output = new StringWriter();

        new Report(output, "ES256", new Dictionary<string, string> { ["DOTNET_GCgen0size"] = "0x4000000" }).Machine();

        Assert.Contains("ID tokens ES256, hub environment DOTNET_GCgen0size=0x4000000 -->", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Machine_WithoutHubEnvironment_SaysNothingOfIt()
    {
        using var output = new StringWriter();

        new Report(output, "ES256").Machine();

        Assert.DoesNotContain("hub environment", output.ToString(), StringComparison.Ordinal);
    }
}
