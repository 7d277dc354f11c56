using System.Diagnostics;

namespace Hub.Bench.Load.Processes;

/// <summary>A process the harness started (the hub, the providers, redis-server); killed with its tree on dispose.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote (stdout and stderr), for error messages.</summary>
    public string Tail
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    public event Action<string>? Line;

    public static ChildProcess Start(
        string name, string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["DOTNET_gcServer"] = "0";
        foreach (var (variable, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[variable] = value;
        }
        var process = new Process { StartInfo = info };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Record(e.Data);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Starts this bench's own executable in a child mode (<c>dotnet &lt;self&gt; &lt;arguments&gt;</c>) and waits for the line
    /// that starts with <paramref name="readyPrefix"/>; returns the process and the rest of that line.
    /// </summary>
    public static async Task<(ChildProcess Process, string Ready)> StartSelfAsync(
        string name, IEnumerable<string> arguments, string readyPrefix, string? workingDirectory = null)
    {
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var self = typeof(ChildProcess).Assembly.Location;
        var child = Start(name, "dotnet", [self, .. arguments], workingDirectory);
        child.Line += line =>
        {
            if (line.StartsWith(readyPrefix, StringComparison.Ordinal))
            {
                ready.TrySetResult(line[readyPrefix.Length..]);
            }
        };
        // A line written before the handler was attached is in the tail.
        foreach (var line in child.Tail.Split('\n'))
        {
            if (line.StartsWith(readyPrefix, StringComparison.Ordinal))
            {
                ready.TrySetResult(line[readyPrefix.Length..]);
            }
        }
        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60))) != ready.Task)
        {
            var tail = child.Tail;
            child.Dispose();
            throw new InvalidOperationException($"The {name} did not start:\n" + tail);
        }
        return (child, await ready.Task);
    }

    public long CpuTicks() => ProcStat.CpuTicks(Pid);

    public long RssKiB() => ProcStat.RssKiB(Pid);

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 30)
            {
                _lastLines.Dequeue();
            }
        }
        Line?.Invoke(line);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
