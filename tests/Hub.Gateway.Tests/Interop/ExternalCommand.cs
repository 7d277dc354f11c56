using System.Diagnostics;
using System.Text;

namespace Hub.Gateway.Tests.Interop;

/// <summary>
/// Runs a program to its end with a timeout, capturing stdout and stderr (a third-party client under test). A program
/// that is not installed is reported as such, so the test fails with a message saying what to install.
/// </summary>
public static class ExternalCommand
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr, bool TimedOut)
    {
        public override string ToString()
            => $"exit code {ExitCode}{(TimedOut ? " (killed after the timeout)" : "")}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
    }

    public static async Task<Outcome> RunAsync(
        string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (stdout) { stdout.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new Outcome(-1, "", $"{program} could not be started: {ex.Message}", false);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        lock (stdout)
        {
            lock (stderr)
            {
                return new Outcome(timedOut ? -1 : process.ExitCode, stdout.ToString(), stderr.ToString(), timedOut);
            }
        }
    }
}
