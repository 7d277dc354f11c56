using System.Globalization;
using Hub.Bench.Load.Processes;

namespace Hub.Bench.Load.Running;

/// <summary>
/// After the fixed warm-up, keeps the load going in 5 s windows until the gateway has stopped compiling: its
/// tiered-compilation thread used under <see cref="JitShare"/> of the gateway's CPU in a window, and the gateway's
/// CPU per login moved by at most <see cref="Tolerance"/> from the window before; or until <c>maxSeconds</c> are
/// spent. On a slow or busy machine tiered JIT is still compiling long after 30 s (on a 2-core Firecracker guest the
/// gateway's compiled-method count grew for about 70 s under load, and a window's CPU per login can stay flat for a
/// while before dropping again), and a phase measured then counts the JIT as per-login CPU.
/// </summary>
public static class Settle
{
    public const double Tolerance = 0.05;
    public const double JitShare = 0.01;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <returns>The seconds spent and each window's gateway CPU per login (ms) and JIT share, for the report.</returns>
    public static async Task<(int Seconds, IReadOnlyList<(double CpuMs, double Jit)> Windows)> UntilSteadyAsync(
        BenchFederation federation, LoadRunner runner, int concurrency, int maxSeconds)
    {
        var windows = new List<(double CpuMs, double Jit)>();
        var spent = 0;
        while (spent < maxSeconds)
        {
            var jitBefore = federation.HubJitTicks();
            var window = await PhaseStats.MeasureAsync("settle", federation, runner, new LoadOptions(Window, concurrency));
            var jit = window.HubTicks > 0 ? (double)federation.HubJitTicksSince(jitBefore) / window.HubTicks : 1;
            spent += (int)Window.TotalSeconds;
            windows.Add((window.HubCpuMsPerLogin, jit));
            if (windows.Count >= 2 && Steady(windows[^2].CpuMs, windows[^1].CpuMs) && jit < JitShare)
            {
                break;
            }
        }
        return (spent, windows);
    }

    public static bool Steady(double previous, double last)
        => double.IsFinite(previous) && double.IsFinite(last) && last > 0
            && Math.Abs(previous - last) <= Tolerance * Math.Max(previous, last);

    public static string Describe((int Seconds, IReadOnlyList<(double CpuMs, double Jit)> Windows) settled)
        => $"settled after {settled.Seconds} s more (per 5 s window, gateway ms CPU/login and its JIT share: "
            + string.Join(", ", settled.Windows.Select(w =>
                w.CpuMs.ToString("0.00", CultureInfo.InvariantCulture) + " " + w.Jit.ToString("0%", CultureInfo.InvariantCulture))) + ")";
}
