using System.Diagnostics;

namespace Hub.TrustList.Tests.Cli;

/// <summary>The real entry point (Program.cs) in its own process: what `dotnet run --project Hub.TrustList` runs.</summary>
public sealed class EntryPointProcessTests
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Hub.TrustList.dll");

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestFiles.RepositoryRoot,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Main_VerifyCommittedList_Exits0()
    {
        var at = DemoTrustListTests.IssuedAt().AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var run = await RunAsync("verify", "trustlist.json", "--trust-anchor", "sandbox/keys/coordinator.public.jwk", "--at", at);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("OK trustlist.json", run.Out);
    }

    [Fact]
    public async Task Main_UnknownCommand_Exits2()
    {
        var run = await RunAsync("publish-everything");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("publish-everything", run.Error);
    }

    [Fact]
    public async Task Main_ShowCommittedList_PrintsJapanese()
    {
        var run = await RunAsync("show", "trustlist.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("会津若松＋ID", run.Out);
    }
}
