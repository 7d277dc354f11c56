namespace Hub.Bench.Load.Running;

/// <summary>The logins of one measured phase.</summary>
public sealed class LoadResult
{
    public required double Seconds { get; init; }

    public required int Completed { get; init; }

    public required int Errors { get; init; }

    public required int Consents { get; init; }

    /// <summary>Error kind → count (the first few kinds).</summary>
    public required IReadOnlyDictionary<string, int> ErrorKinds { get; init; }

    /// <summary>End-to-end latency of every completed login, sorted, in ms.</summary>
    public required double[] TotalMs { get; init; }

    /// <summary>Time spent in requests to the hub, per completed login, sorted, in ms.</summary>
    public required double[] HubMs { get; init; }

    /// <summary>Per interval (see <see cref="LoadOptions.Interval"/>): completed, errors, sorted latencies.</summary>
    public required IReadOnlyList<(int Completed, int Errors, double[] TotalMs, double[] HubMs)> Intervals { get; init; }

    public double PerSecond => Completed / Seconds;

    public static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
