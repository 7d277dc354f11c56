using System.Diagnostics;

namespace Hub.Bench.Adapters;

/// <summary>
/// A tiny Stopwatch harness: warm up (JIT tiering included), then several timed rounds of a calibrated batch on the
/// current thread. Reports the median round as operations per wall-clock second and per CPU second of this process.
/// On a dedicated core the two agree; on a shared machine the CPU-second figure is the per-core throughput.
/// </summary>
internal static class BenchmarkRunner
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private const int MinWarmupOps = 5000;
    private static readonly TimeSpan RoundTarget = TimeSpan.FromMilliseconds(500);
    private const int Rounds = 7;

    public static BenchmarkResult Run(IBenchmark benchmark)
    {
        benchmark.Setup();
        var batch = Calibrate(benchmark);
        var wall = new double[Rounds];
        var cpu = new double[Rounds];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < batch; i++)
            {
                benchmark.Invoke();
            }
            watch.Stop();
            process.Refresh();
            wall[round] = batch / watch.Elapsed.TotalSeconds;
            cpu[round] = batch / Math.Max((process.TotalProcessorTime - cpuStart).TotalSeconds, 1e-9);
        }
        Array.Sort(wall);
        Array.Sort(cpu);
        return new BenchmarkResult(benchmark.Name, benchmark.Description, wall[Rounds / 2], wall[0], wall[^1], cpu[Rounds / 2], batch);
    }

    /// <summary>
    /// Warms up (long enough for tiered JIT to reach its optimised code even when the machine is busy and the
    /// background compiler starves) and returns a batch size lasting about <see cref="RoundTarget"/>.
    /// </summary>
    private static int Calibrate(IBenchmark benchmark)
    {
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed < Warmup || count < MinWarmupOps)
        {
            benchmark.Invoke();
            count++;
        }
        watch.Restart();
        for (var i = 0; i < 200; i++)
        {
            benchmark.Invoke();
        }
        var perOp = watch.Elapsed.TotalSeconds / 200;
        return Math.Max(1, (int)(RoundTarget.TotalSeconds / perOp));
    }
}

internal sealed record BenchmarkResult(
    string Name, string Description, double WallOpsPerSecond, double MinWall, double MaxWall, double CpuOpsPerSecond, int Batch)
{
    /// <summary>CPU time of one operation.</summary>
    public double CpuMicrosecondsPerOp => 1_000_000 / CpuOpsPerSecond;
}
