using Hub.Bench.Load.Flow;
using Hub.Bench.Load.Processes;
using Hub.Bench.Load.Running;
using static Hub.Bench.Load.BenchRun;

namespace Hub.Bench.Load;

/// <summary>
/// The soak (not in CI): the first configuration, a short ramp when no rate is given, then the given minutes at 70%
/// of its peak (or --rate), open loop; errors, latency per minute, and each process's RSS at the start and the end.
/// </summary>
public static class Soak
{
    public static async Task RunAsync(BenchSettings settings, BenchFederation federation, string hubDll, HttpClient http, Report report)
    {
        var (store, instances) = settings.Configs[0];
        await StartAsync(federation, hubDll, store, instances, http, settings);
        var runner = new LoadRunner(Target(federation, Resident.All), http);
        await runner.RunAsync(new LoadOptions(TimeSpan.FromSeconds(settings.Warmup), 8));
        var rate = settings.Rate;
        if (rate <= 0)
        {
            double peak = 0;
            foreach (var concurrency in settings.Ramp)
            {
                peak = Math.Max(peak, (await runner.RunAsync(new LoadOptions(TimeSpan.FromSeconds(settings.RampSeconds), concurrency))).PerSecond);
            }
            rate = Math.Round(peak * 0.7, 1);
            report.Line($"<!-- soak: peak {F(peak)}/s from the ramp, soak rate {F(rate)}/s -->");
        }
        var processes = new List<ChildProcess>(federation.Hubs) { federation.Providers };
        if (federation.Redis is not null)
        {
            processes.Add(federation.Redis.Process);
        }
        var start = processes.Select(p => (p.Name, p.RssKiB())).ToList();
        var generatorStart = ProcStat.RssKiB(Environment.ProcessId);
        var result = await runner.RunAsync(new LoadOptions(TimeSpan.FromMinutes(settings.SoakMinutes), 128, rate) { Interval = TimeSpan.FromMinutes(1) });
        report.Line($"\nSoak: {store}, {instances} instance(s), {settings.SoakMinutes} min at {F(rate)} logins/s (open loop): " +
            $"{result.Completed} logins, {result.Errors} errors {Errors(result)}, {F(result.PerSecond)}/s achieved.\n");
        report.Line("| minute | logins | errors | e2e p50 / p95 / p99 ms | hub p50 / p95 / p99 ms |\n|---:|---:|---:|---:|---:|");
        var minute = 1;
        foreach (var (completed, errors, total, hub) in result.Intervals)
        {
            report.Line($"| {minute++} | {completed} | {errors} | {P(total)} | {P(hub)} |");
        }
        report.Line("\n| process | RSS at start MiB | RSS at end MiB |\n|---|---:|---:|");
        foreach (var ((name, before), process) in start.Zip(processes))
        {
            report.Line($"| {name} | {F(before / 1024.0)} | {F(process.RssKiB() / 1024.0)} |");
        }
        report.Line($"| generator | {F(generatorStart / 1024.0)} | {F(ProcStat.RssKiB(Environment.ProcessId) / 1024.0)} |");
        federation.StopHubs();
    }

    private static string P(double[] sorted)
        => $"{F(LoadResult.Percentile(sorted, 0.5))} / {F(LoadResult.Percentile(sorted, 0.95))} / {F(LoadResult.Percentile(sorted, 0.99))}";
}
