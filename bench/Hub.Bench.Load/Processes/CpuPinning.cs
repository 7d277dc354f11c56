using System.Diagnostics;
using System.Globalization;

namespace Hub.Bench.Load.Processes;

/// <summary>
/// <c>--hub-cpus</c>: the hub processes on the CPUs named, this generator and every other process it starts (the
/// providers, redis-server, the bare-HTTP floor) on the others. Without it all of them share every CPU, and the hub's
/// CPU per login also carries the preemptions and cache refills that the load generator's own work causes on its
/// cores. Uses util-linux <c>taskset</c>, which executes the command it is given, so a pinned child keeps its PID.
/// </summary>
public sealed record CpuPinning(IReadOnlyList<int> Hubs, IReadOnlyList<int> Others)
{
    /// <summary>
    /// The hubs' CPUs from a comma-separated list of CPU numbers, each below <paramref name="processorCount"/>, leaving
    /// at least one CPU for the others; else null.
    /// </summary>
    public static CpuPinning? Parse(string value, int processorCount)
    {
        var cpus = new SortedSet<int>();
        foreach (var part in value.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var cpu) || cpu >= processorCount)
            {
                return null;
            }
            cpus.Add(cpu);
        }
        return cpus.Count is > 0 && cpus.Count < processorCount
            ? new CpuPinning([.. cpus], [.. Enumerable.Range(0, processorCount).Except(cpus)])
            : null;
    }

    public static string List(IReadOnlyList<int> cpus) => string.Join(',', cpus);

    /// <summary>The command that runs <paramref name="fileName"/> on <paramref name="cpus"/> (unchanged when null).</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) Wrap(string fileName, IReadOnlyList<string> arguments, IReadOnlyList<int>? cpus)
        => cpus is null ? (fileName, arguments) : ("taskset", ["-c", List(cpus), fileName, .. arguments]);

    /// <summary>
    /// Moves every thread of this process to <paramref name="cpus"/>. Threads and child processes made afterwards
    /// inherit it from the thread that makes them, so the whole generator side stays there.
    /// </summary>
    public static void PinSelf(IReadOnlyList<int> cpus)
    {
        var info = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-a", "-p", "-c", List(cpus), Environment.ProcessId.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }
        using var taskset = Process.Start(info) ?? throw new InvalidOperationException("taskset did not start.");
        var error = taskset.StandardError.ReadToEnd();
        taskset.StandardOutput.ReadToEnd();
        taskset.WaitForExit();
        var allowed = AllowedList();
        if (taskset.ExitCode != 0 || allowed != List(cpus))
        {
            throw new InvalidOperationException($"Could not pin the generator to CPUs {List(cpus)} (taskset exit {taskset.ExitCode}, now {allowed}): {error}");
        }
    }

    /// <summary>This process's <c>Cpus_allowed_list</c> from /proc, as taskset writes it (<c>0</c>, <c>0-1</c>, <c>0,2</c>).</summary>
    private static string AllowedList()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal));
        return string.Join(',', line["Cpus_allowed_list:".Length..].Trim().Split(',').SelectMany(Cpus));

        static IEnumerable<int> Cpus(string range)
        {
            var bounds = range.Split('-').Select(b => int.Parse(b, CultureInfo.InvariantCulture)).ToArray();
            return Enumerable.Range(bounds[0], bounds[^1] - bounds[0] + 1);
        }
    }
}
