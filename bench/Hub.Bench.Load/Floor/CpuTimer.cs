using System.Diagnostics;

namespace Hub.Bench.Load.Floor;

/// <summary>CPU µs per operation of a single-threaded loop, measured with the process's CPU time after a warm-up.</summary>
public static class CpuTimer
{
    public static double MicrosecondsPerOp(Action operation, double seconds = 1.0)
    {
        Run(operation, 0.4);
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            best = Math.Min(best, Run(operation, seconds / 3));
        }
        return best;
    }

    private static double Run(Action operation, double seconds)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var end = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var count = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            for (var i = 0; i < 10; i++)
            {
                operation();
            }
            count += 10;
        }
        process.Refresh();
        return (process.TotalProcessorTime - cpu).TotalMicroseconds / count;
    }
}
