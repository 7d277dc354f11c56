using System.Globalization;
using Hub.Bench.Load.Processes;

namespace Hub.Bench.Load.Running;

/// <summary>
/// After the fixed warm-up, keeps the load going in 5 s windows until the gateway has stopped compiling: in each of
/// the last <see cref="QuietWindows"/> windows its tiered-compilation thread used under <see cref="JitShare"/> of the
/// gateway's CPU, and across them the gateway's CPU per login moved by at most <see cref="Tolerance"/>; or until
/// <c>maxSeconds</c> are spent. On a slow or busy machine tiered JIT is still compiling long after 30 s (on a 2-core
/// Firecracker guest the gateway's compiled-method count grew for about 70 s under load, and a window's CPU per login
/// can stay flat for a while before dropping again), and a phase measured then counts the JIT as per-login CPU. With
/// the gateway alone on one core (<c>--hub-cpus</c>) it took over two minutes, and quiet windows came while the code
/// was still mostly unoptimised: two in a row passed the earlier rule at 3.3 ms per login where the steady state was
/// 0.7 ms (docs/performance.md). Three make such a pass less likely; the report prints every window, so a reader can
/// still see one.
/// </summary>
public static class Settle
{
    public const double Tolerance = 0.05;
    public const double JitShare = 0.01;
    public const int QuietWindows = 3;
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
            if (Settled(windows))
            {
                break;
            }
        }
        return (spent, windows);
    }

    /// <summary>The last <see cref="QuietWindows"/> windows were each JIT-quiet, and their CPU per login is flat.</summary>
    public static bool Settled(IReadOnlyList<(double CpuMs, double Jit)> windows)
    {
        if (windows.Count < QuietWindows)
        {
            return false;
        }
        var last = windows.Skip(windows.Count - QuietWindows).ToList();
        return last.All(w => w.Jit < JitShare) && Steady(last.Min(w => w.CpuMs), last.Max(w => w.CpuMs));
    }

    public static bool Steady(double previous, double last)
        => double.IsFinite(previous) && double.IsFinite(last) && last > 0
            && Math.Abs(previous - last) <= Tolerance * Math.Max(previous, last);

    public static string Describe((int Seconds, IReadOnlyList<(double CpuMs, double Jit)> Windows) settled)
        => $"settled after {settled.Seconds} s more (per 5 s window, gateway ms CPU/login and its JIT share: "
            + string.Join(", ", settled.Windows.Select(w =>
                w.CpuMs.ToString("0.00", CultureInfo.InvariantCulture) + " " + w.Jit.ToString("0%", CultureInfo.InvariantCulture))) + ")";
}
