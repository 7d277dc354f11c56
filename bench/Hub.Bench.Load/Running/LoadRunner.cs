using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Bench.Load.Flow;

namespace Hub.Bench.Load.Running;

/// <summary>Runs logins against a <see cref="LoadTarget"/> for a fixed time, closed- or open-loop, and collects them.</summary>
public sealed class LoadRunner(LoadTarget target, HttpClient http)
{
    private readonly StrictRelyingParty _rp = new(target.Issuer, target.RelyingPartyKeyPath);
    private readonly Browsing.HubRouter _router = target.CreateRouter();
    private int _resident;

    /// <summary>The round-robin "load balancer" in front of the hub instances.</summary>
    public Browsing.HubRouter Router => _router;

    public async Task<LoadResult> RunAsync(LoadOptions options)
    {
        var outcomes = new ConcurrentBag<(long At, LoginOutcome Outcome)>();
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        long issued = -1;
        async Task Worker()
        {
            while (true)
            {
                if (options.Rate is { } rate)
                {
                    var index = Interlocked.Increment(ref issued);
                    var due = started + (long)(index / rate * Stopwatch.Frequency);
                    if (due >= end)
                    {
                        return;
                    }
                    var wait = due - Stopwatch.GetTimestamp();
                    if (wait > 0)
                    {
                        await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
                    }
                }
                else if (Stopwatch.GetTimestamp() >= end)
                {
                    return;
                }
                var resident = target.Residents[(int)((uint)Interlocked.Increment(ref _resident) % (uint)target.Residents.Count)];
                var outcome = await LoginScript.RunAsync(http, _router, _rp, resident);
                outcomes.Add((Stopwatch.GetTimestamp() - started, outcome));
            }
        }
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(Worker)));
        var seconds = (double)(Stopwatch.GetTimestamp() - started) / Stopwatch.Frequency;
        return Summarise(outcomes, seconds, options.Interval);
    }

    private static LoadResult Summarise(IEnumerable<(long At, LoginOutcome Outcome)> outcomes, double seconds, TimeSpan interval)
    {
        var all = outcomes.ToList();
        var ok = all.Where(o => o.Outcome.Ok).Select(o => o.Outcome).ToList();
        var buckets = all
            .GroupBy(o => (int)((double)o.At / Stopwatch.Frequency / interval.TotalSeconds))
            .OrderBy(g => g.Key)
            .Select(g => (
                g.Count(o => o.Outcome.Ok),
                g.Count(o => !o.Outcome.Ok),
                g.Where(o => o.Outcome.Ok).Select(o => o.Outcome.TotalMs).Order().ToArray(),
                g.Where(o => o.Outcome.Ok).Select(o => o.Outcome.HubMs).Order().ToArray()))
            .ToList();
        return new LoadResult
        {
            Seconds = seconds,
            Completed = ok.Count,
            Errors = all.Count - ok.Count,
            Consents = ok.Count(o => o.Consented),
            ErrorKinds = all.Where(o => !o.Outcome.Ok).GroupBy(o => o.Outcome.Error!).Take(5).ToDictionary(g => g.Key, g => g.Count()),
            TotalMs = [.. ok.Select(o => o.TotalMs).Order()],
            HubMs = [.. ok.Select(o => o.HubMs).Order()],
            Intervals = buckets,
        };
    }
}
