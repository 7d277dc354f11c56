namespace Hub.Bench.Load.Running;

/// <summary>
/// How one phase runs: for <see cref="Duration"/>, either closed-loop (<see cref="Concurrency"/> browsers, each
/// starting its next login when the last ends) or open-loop at <see cref="Rate"/> logins/s (at most
/// <see cref="Concurrency"/> in flight).
/// </summary>
public sealed record LoadOptions(TimeSpan Duration, int Concurrency, double? Rate = null)
{
    /// <summary>The width of the latency-over-time buckets.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(60);
}
