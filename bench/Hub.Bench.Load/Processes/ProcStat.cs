using System.Globalization;

namespace Hub.Bench.Load.Processes;

/// <summary>A process's own CPU time (utime + stime, clock ticks) and resident memory, read from /proc.</summary>
public static class ProcStat
{
    /// <summary>Clock ticks per second (USER_HZ); 100 on Linux x64.</summary>
    public const double TicksPerSecond = 100;

    public static long CpuTicks(int pid)
        => Ticks(File.ReadAllText($"/proc/{pid}/stat"));

    /// <summary>utime + stime of one <c>stat</c> line (a process's or a thread's).</summary>
    private static long Ticks(string stat)
    {
        // The command name (field 2) may contain spaces: fields are counted after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // Fields 14 (utime) and 15 (stime) of proc(5), here at indices 11 and 12 (field 3 is index 0).
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The CPU ticks of each live thread (by thread id) whose name starts with <paramref name="threadNamePrefix"/>
    /// (e.g. the runtime's ".NET Tiered Compilation" worker, shown as ".NET Tiered Com": thread names are cut at 15
    /// bytes). By thread, because such a worker exits when idle and a new one starts later: a plain sum would drop.
    /// </summary>
    public static Dictionary<int, long> ThreadCpuTicks(int pid, string threadNamePrefix)
    {
        var ticks = new Dictionary<int, long>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                continue; // the thread ended between the listing and the read
            }
            var name = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..stat.LastIndexOf(')')];
            if (name.StartsWith(threadNamePrefix, StringComparison.Ordinal))
            {
                ticks[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = Ticks(stat);
            }
        }
        return ticks;
    }

    /// <summary>
    /// The ticks the threads of <paramref name="after"/> used since <paramref name="before"/> (a thread new since then
    /// counts whole; one that ended is not seen, so the result can only undercount, never go negative).
    /// </summary>
    public static long TicksSince(IReadOnlyDictionary<int, long> before, IReadOnlyDictionary<int, long> after)
        => after.Sum(thread => Math.Max(0, thread.Value - before.GetValueOrDefault(thread.Key)));

    public static long RssKiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        return 0;
    }
}
