using Hub.Bench.Load.Processes;

namespace Hub.Bench.Load.Running;

/// <summary>One measured phase: the logins, and what each process spent on them (CPU ticks) and Redis commands.</summary>
public sealed record PhaseStats(string Label, LoadResult Result, long HubTicks, long ProviderTicks, long GeneratorTicks, long RedisServerTicks, long RedisCommands)
{
    public double HubCpuMsPerLogin => PerLogin(HubTicks);

    public double ProviderCpuMsPerLogin => PerLogin(ProviderTicks);

    public double GeneratorCpuMsPerLogin => PerLogin(GeneratorTicks);

    public double RedisCommandsPerLogin => Result.Completed == 0 ? double.NaN : (double)RedisCommands / Result.Completed;

    private double PerLogin(long ticks) => Result.Completed == 0 ? double.NaN : ticks / ProcStat.TicksPerSecond * 1000 / Result.Completed;

    public static async Task<PhaseStats> MeasureAsync(string label, BenchFederation federation, LoadRunner runner, LoadOptions options)
    {
        var self = Environment.ProcessId;
        var redisBefore = federation.Redis is { } r ? (await r.CommandCallsAsync()).Values.Sum() : 0;
        var (hub, providers, generator) = (federation.HubCpuTicks(), federation.Providers.CpuTicks(), ProcStat.CpuTicks(self));
        var redisServer = federation.Redis?.Process.CpuTicks() ?? 0;
        var result = await runner.RunAsync(options);
        var redisAfter = federation.Redis is { } r2 ? (await r2.CommandCallsAsync()).Values.Sum() : 0;
        return new PhaseStats(label, result,
            federation.HubCpuTicks() - hub,
            federation.Providers.CpuTicks() - providers,
            ProcStat.CpuTicks(self) - generator,
            (federation.Redis?.Process.CpuTicks() ?? 0) - redisServer,
            redisAfter - redisBefore);
    }
}
