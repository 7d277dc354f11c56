using Hub.Conformance.Flows;
using Hub.TrustList.Conformance;

namespace Hub.Conformance.Checks.Evaluators;

/// <summary>OPS-01: p50 and p95 of the normal logins' round trips (nearest rank), for information.</summary>
internal static class TimingCheck
{
    public static ConformanceTiming? Measure(RunEvidence run)
    {
        var durations = run.Logins.Where(l => l.ReachedHub).Select(l => (long)Math.Round(l.Elapsed.TotalMilliseconds)).Order().ToList();
        return durations.Count == 0 ? null : new ConformanceTiming(durations.Count, Percentile(durations, 0.50), Percentile(durations, 0.95));
    }

    public static ConformanceCheck Evaluate(ConformanceTiming? timing) => timing is null
        ? CommonCatalogue.ResponseTimes.Skip("no login came back to the hub")
        : CommonCatalogue.ResponseTimes.Pass([$"p50 {timing.P50Milliseconds} ms, p95 {timing.P95Milliseconds} ms over {timing.Logins} logins"]);

    internal static long Percentile(IReadOnlyList<long> sorted, double quantile)
        => sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Count) - 1, 0, sorted.Count - 1)];
}
