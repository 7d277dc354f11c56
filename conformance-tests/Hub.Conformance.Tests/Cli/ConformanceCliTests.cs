using System.Net;
using System.Net.Sockets;
using System.Xml;
using Hub.Conformance.Cli;
using Hub.Conformance.Reporting;
using Hub.Conformance.Tests.Support;
using Hub.TrustList.Conformance;
using Sandbox.Providers;

namespace Hub.Conformance.Tests.Cli;

/// <summary>The README's command: its exit codes, its three reports, and --start-sandbox.</summary>
public sealed class ConformanceCliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("conformance-cli-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Out => Path.Combine(_directory, "out");

    private Task<int> RunAsync(params string[] args) => ConformanceCli.RunAsync(args, _out, _error, TimeProvider.System);

    [Fact]
    public async Task RunAsync_BehavingProvider_ExitsZeroAndWritesThreeReports()
    {
        await using var provider = await SandboxProvider.StartAsync(SandboxProvider.Mydoor);
        var candidate = WriteCandidate(SandboxProvider.Mydoor, provider.BaseUrl);

        var exit = await RunAsync("--candidate", candidate, "--out", Out, "--timing-logins", "2");

        Assert.True(exit == SuiteExitCodes.Passed, _out.ToString() + _error);
        var report = ConformanceReportJson.Read(File.ReadAllBytes(Path.Combine(Out, ReportFiles.Json)));
        Assert.True(report.IsSuccess, report.Error?.ToString());
        Assert.Equal(CandidateEntryReader.Read(File.ReadAllBytes(candidate)).Value.Digest, report.Value.CandidateDigest);
        Assert.Equal(SuiteInfo.Version, report.Value.SuiteVersion);
        var junit = new XmlDocument();
        junit.Load(Path.Combine(Out, ReportFiles.JUnit));
        Assert.Equal(report.Value.Checks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ((XmlElement)junit.SelectSingleNode("//testsuite")!).GetAttribute("tests"));
        Assert.Contains("OIDC-PKCE-01", File.ReadAllText(Path.Combine(Out, ReportFiles.Html)), StringComparison.Ordinal);
        Assert.Contains("every must-level check passed.", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BrokenProvider_ExitsOneAndPrintsTheFailure()
    {
        await using var provider = await SandboxProvider.StartAsync(SandboxProvider.Mydoor, SandboxFaults.PkceIgnored);
        var candidate = WriteCandidate(SandboxProvider.Mydoor, provider.BaseUrl);

        var exit = await RunAsync("--candidate", candidate, "--out", Out, "--timing-logins", "1");

        Assert.Equal(SuiteExitCodes.Failed, exit);
        Assert.Contains("fail  must    OIDC-PKCE-01", _out.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, ReportFiles.Json)));
    }

    [Fact]
    public async Task RunAsync_StartSandbox_StartsTheProviderTheCandidateDescribes()
    {
        var candidate = WriteCandidate(SandboxProvider.Aizu, new Uri($"http://127.0.0.1:{FreePort()}/"));

        var exit = await RunAsync("--candidate", candidate, "--out", Out, "--start-sandbox", "--timing-logins", "1");

        Assert.True(exit == SuiteExitCodes.Passed, _out.ToString() + _error);
    }

    [Fact]
    public async Task RunAsync_NoCandidate_IsUsageError()
    {
        Assert.Equal(SuiteExitCodes.Usage, await RunAsync("--out", Out));
        Assert.Contains("--candidate", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnreadableCandidate_IsUsageError()
    {
        Assert.Equal(SuiteExitCodes.Usage, await RunAsync("--candidate", Path.Combine(_directory, "missing.json")));
        Assert.Contains("error: candidate.invalid: Cannot read", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TimingLoginsOutOfRange_IsUsageError()
    {
        var candidate = WriteCandidate(SandboxProvider.Aizu, new Uri("http://127.0.0.1:9/"));

        Assert.Equal(SuiteExitCodes.Usage, await RunAsync("--candidate", candidate, "--timing-logins", "0"));
        Assert.Contains("--timing-logins", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StartSandboxForAnotherProvider_IsUsageError()
    {
        var candidate = WriteCandidate(SandboxProvider.Aizu, new Uri("http://127.0.0.1:9/"), "\"id\": \"aizu-plus\"", "\"id\": \"someone-else\"");

        Assert.Equal(SuiteExitCodes.Usage, await RunAsync("--candidate", candidate, "--start-sandbox"));
        Assert.Contains("--start-sandbox starts mebuku, mydoor-osaka or aizu-plus", _error.ToString(), StringComparison.Ordinal);
    }

    private string WriteCandidate(string name, Uri baseUrl, string? find = null, string? replace = null)
    {
        var text = SuiteRun.CandidateText(name, baseUrl);
        if (find is not null)
        {
            text = text.Replace(find, replace, StringComparison.Ordinal);
        }
        var path = Path.Combine(_directory, name + ".json");
        File.WriteAllText(path, text);
        return path;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
