using System.CommandLine;
using Hub.Conformance.Candidates;
using Hub.Conformance.Reporting;
using Hub.Conformance.Running;
using Hub.Conformance.Sandbox;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Cli;

/// <summary>
/// <c>dotnet run --project conformance-tests/Hub.Conformance -- --candidate FILE --out DIR [--start-sandbox] [--timing-logins N]</c>.
/// Exit codes: 0 every must-level check passed, 1 one did not, 2 a usage error.
/// </summary>
internal static class ConformanceCli
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, TimeProvider.System);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var candidate = new Option<string>("--candidate") { Description = "The candidate file (docs/onboarding.md).", Required = true, HelpName = "candidate.json" };
        var outDirectory = new Option<string>("--out")
        {
            Description = "Where to write report.json, report.html and junit.xml (default: conformance-report).",
            DefaultValueFactory = _ => "conformance-report",
            HelpName = "dir",
        };
        var startSandbox = new Option<bool>("--start-sandbox") { Description = "Start the sandbox provider the candidate describes, in this process." };
        var timingLogins = new Option<int?>("--timing-logins") { Description = "Override the candidate's timing_logins (1 to 200).", HelpName = "N" };
        var root = new RootCommand("The regional ID federation's conformance suite for candidate ID providers.") { candidate, outDirectory, startSandbox, timingLogins };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"usage: {problem.Message}");
            }
            return SuiteExitCodes.Usage;
        }
        if (parsed.Action is not null && parsed.GetValue(candidate) is null)
        {
            // --help or --version: let System.CommandLine print it.
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
        }
        var settings = new SuiteSettings(parsed.GetValue(candidate)!, parsed.GetValue(outDirectory)!, parsed.GetValue(startSandbox), parsed.GetValue(timingLogins));
        return await RunSuiteAsync(settings, output, error, time, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> RunSuiteAsync(SuiteSettings settings, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var loaded = CandidateLoader.Load(settings.Candidate);
        if (!loaded.IsSuccess)
        {
            return Usage(error, loaded.Error!);
        }
        var candidate = loaded.Value;
        if (settings.TimingLogins is { } logins)
        {
            if (logins is < 1 or > CandidateLoader.MaxTimingLogins)
            {
                error.WriteLine($"usage: --timing-logins must be between 1 and {CandidateLoader.MaxTimingLogins}.");
                return SuiteExitCodes.Usage;
            }
            candidate = candidate with { TimingLogins = logins };
        }
        await using var sandbox = settings.StartSandbox ? await StartSandboxAsync(candidate, cancellationToken).ConfigureAwait(false) : null;
        if (settings.StartSandbox && sandbox?.Host is null)
        {
            return Usage(error, sandbox!.Error!);
        }
        var report = await ConformanceRunner.RunAsync(candidate, time, cancellationToken).ConfigureAwait(false);
        if (!report.IsSuccess)
        {
            return Usage(error, report.Error!);
        }
        await ReportFiles.WriteAsync(report.Value, settings.Out, cancellationToken).ConfigureAwait(false);
        SummaryPrinter.Print(output, report.Value, settings.Out);
        return report.Value.Summary.AllMustPassed ? SuiteExitCodes.Passed : SuiteExitCodes.Failed;
    }

    private static async Task<StartedSandbox> StartSandboxAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var started = await SandboxLauncher.StartAsync(candidate, cancellationToken).ConfigureAwait(false);
        return started.IsSuccess ? new StartedSandbox(started.Value, null) : new StartedSandbox(null, started.Error);
    }

    private static int Usage(TextWriter error, ConformanceError problem)
    {
        error.WriteLine($"error: {problem.Code}: {problem.Message}");
        return SuiteExitCodes.Usage;
    }

    private sealed record SuiteSettings(string Candidate, string Out, bool StartSandbox, int? TimingLogins);

    private sealed record StartedSandbox(global::Sandbox.Providers.Hosting.SandboxProviderHost? Host, ConformanceError? Error) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Host?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
