using System.Security.Cryptography.X509Certificates;
using Hub.Bench.Load;
using Hub.Bench.Load.Processes;

namespace Hub.Gateway.Tests.Bench;

/// <summary>The bench's command line: environment variables meant for the hub processes only, the SAML SP key, malformed values.</summary>
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

    [Theory]
    [InlineData("--ramp", "--id-token-alg", "ES256")]
    [InlineData("--seconds", "fifteen")]
    [InlineData("--configs", "inproc")]
    [InlineData("--rate", "fast")]
    [InlineData("--warmup", "99999999999")]
    public void Parse_MalformedValue_RefusedNotThrown(params string[] args)
        => Assert.Null(BenchSettings.Parse(args));

    [Fact]
    public void Machine_WithHubEnvironment_NamesItInTheHeader()
    {
        using var output = new StringWriter();

        new Report(output, "ES256", new Dictionary<string, string> { ["DOTNET_GCgen0size"] = "0x4000000" }).Machine();

        Assert.Contains("ID tokens ES256, AuthnRequests RSA-SHA256, hub environment DOTNET_GCgen0size=0x4000000, every process on every CPU -->", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Machine_WithoutHubEnvironment_SaysNothingOfIt()
    {
        using var output = new StringWriter();

        new Report(output, "ES256").Machine();

        Assert.DoesNotContain("hub environment", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "rsa")]
    [InlineData(new[] { "--saml-sp-key", "ecdsa" }, "ecdsa")]
    [InlineData(new[] { "--saml-sp-key", "rsa" }, "rsa")]
    public void Parse_SamlSpKey_DefaultsToTheDemoRsaKey(string[] args, string expected)
        => Assert.Equal(expected, BenchSettings.Parse(args)?.SamlSpKey);

    [Theory]
    [InlineData("ES256")]
    [InlineData("ec")]
    [InlineData("")]
    public void Parse_SamlSpKeyOfAnotherName_Refused(string value)
        => Assert.Null(BenchSettings.Parse(["--saml-sp-key", value]));

    [Fact]
    public void Machine_WithEcdsaSpKey_NamesTheAuthnRequestAlgorithm()
    {
        using var output = new StringWriter();

        new Report(output, "RS256", ecdsaSpKey: true).Machine();

        Assert.Contains("ID tokens RS256, AuthnRequests ECDSA-SHA256, every process on every CPU -->", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EphemeralSpKey_Create_WritesAP256CertificateWithItsKey()
    {
        var folder = Directory.CreateTempSubdirectory("bench-sp-key-");
        try
        {
            var key = EphemeralSpKey.Create(folder.FullName);

            using var certificate = X509Certificate2.CreateFromPemFile(key.CertificatePath, key.KeyPath);
            using var ecdsa = certificate.GetECDsaPrivateKey();
            Assert.NotNull(ecdsa);
            Assert.Equal(256, ecdsa.KeySize);
            Assert.Contains("DEMO ONLY", certificate.Subject, StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.KeyPath));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void CpuPinning_Parse_HubCpusAndTheOthers()
    {
        var pinning = CpuPinning.Parse("2,1,2", processorCount: 4);

        Assert.NotNull(pinning);
        Assert.Equal([1, 2], pinning.Hubs);
        Assert.Equal([0, 3], pinning.Others);
    }

    [Theory]
    [InlineData("0,1")] // nothing left for the generator
    [InlineData("2")] // no such CPU
    [InlineData("-1")]
    [InlineData("1-1")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("1,")]
    public void CpuPinning_Parse_Refused(string value)
        => Assert.Null(CpuPinning.Parse(value, processorCount: 2));

    [Fact]
    public void Parse_HubCpusNotOnThisMachine_Refused()
        => Assert.Null(BenchSettings.Parse(["--hub-cpus", "100000"]));

    [Fact]
    public void Machine_WithHubCpus_SaysWhereEachSideRan()
    {
        using var output = new StringWriter();

        new Report(output, "ES256", cpus: new CpuPinning([1], [0])).Machine();

        Assert.Contains("hubs on CPU 1, the generator, providers and redis-server on CPU 0 -->", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CpuPinning_Wrap_RunsTheCommandOnTheCpusNamed()
    {
        var (fileName, arguments) = CpuPinning.Wrap("grep", ["Cpus_allowed_list", "/proc/self/status"], [0]);
        var info = new System.Diagnostics.ProcessStartInfo(fileName) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("Cpus_allowed_list:\t0", output.Trim());
        var unpinned = CpuPinning.Wrap("grep", ["x"], null);
        Assert.Equal("grep", unpinned.FileName);
        Assert.Equal(["x"], unpinned.Arguments);
    }
}
