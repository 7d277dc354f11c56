using System.Diagnostics;
using Hub.Bench.Load.Processes;
using Hub.Bench.Load.Running;

namespace Hub.Gateway.Tests.Bench;

/// <summary>The bench's steady-state check: the per-thread CPU it reads from /proc, and the tolerance rule.</summary>
public sealed class SettleTests
{
    [Fact]
    public void ThreadCpuTicks_NamedBusyThread_CountedUnderItsNameOnly()
    {
        using var seen = new ManualResetEventSlim();
        using var done = new ManualResetEventSlim();
        var alive = new Thread(() =>
        {
            // Busy until /proc shows at least 0.1 s of its CPU (however long a loaded machine takes to give it that),
            // then alive (and idle) until /proc has been read again.
            var spin = Stopwatch.StartNew();
            while (!seen.IsSet && spin.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.SpinWait(1000);
            }
            done.Wait();
        })
        { Name = "settle-probe", IsBackground = true };
        alive.Start();
        try
        {
            SpinWait.SpinUntil(() => ProcStat.ThreadCpuTicks(Environment.ProcessId, "settle-probe").Values.Sum() >= 10, TimeSpan.FromSeconds(60));
            seen.Set();

            var probe = Assert.Single(ProcStat.ThreadCpuTicks(Environment.ProcessId, "settle-probe"));
            Assert.InRange(probe.Value, 10, ProcStat.CpuTicks(Environment.ProcessId));
            Assert.Empty(ProcStat.ThreadCpuTicks(Environment.ProcessId, "no-such-thread"));
        }
        finally
        {
            seen.Set();
            done.Set();
            alive.Join();
        }
    }

    [Fact]
    public void TicksSince_ThreadEndedAndNewThread_NeverNegative()
    {
        var before = new Dictionary<int, long> { [10] = 500, [11] = 40 };
        // Thread 10 ended (its 500 ticks are gone), 11 used 5 more, 12 is new with 7.
        var after = new Dictionary<int, long> { [11] = 45, [12] = 7 };

        Assert.Equal(12, ProcStat.TicksSince(before, after));
    }

    [Theory]
    [InlineData(2.00, 2.05, true)]
    [InlineData(2.05, 2.00, true)]
    [InlineData(5.10, 3.30, false)]
    [InlineData(3.30, 5.10, false)]
    [InlineData(double.NaN, 2.00, false)]
    [InlineData(2.00, 0, false)]
    public void Steady_WithinFivePercent(double previous, double last, bool steady)
        => Assert.Equal(steady, Settle.Steady(previous, last));

    [Fact]
    public void Settled_ThreeQuietFlatWindows_Only()
    {
        // Two quiet windows after compiling ones (the single-core case that passed the old rule at 3.3 ms per login).
        Assert.False(Settle.Settled([(4.02, 0.04), (3.18, 0.00), (3.30, 0.005)]));
        // Three quiet windows, flat within 5 %.
        Assert.True(Settle.Settled([(4.02, 0.04), (3.18, 0.00), (3.30, 0.005), (3.25, 0.002)]));
        // Three quiet windows, but the CPU per login is still falling across them.
        Assert.False(Settle.Settled([(1.00, 0.002), (0.90, 0.001), (0.80, 0.003)]));
        // Flat, but the JIT is busy in one of them.
        Assert.False(Settle.Settled([(0.71, 0.002), (0.72, 0.02), (0.71, 0.001)]));
        Assert.False(Settle.Settled([(0.71, 0.002), (0.72, 0.002)]));
    }
}
