using Hub.TrustList.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Hub.TrustList.Tests.Cli;

/// <summary>Runs the real CLI in-process with captured output and a fake clock.</summary>
internal sealed class CliRunner
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CoordinatorCli.RunAsync(args, new CliContext(output, error, Time));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}--- error\n{Error}";
}
