using System.Globalization;
using System.Runtime.InteropServices;
using Hub.Bench.Adapters;

// Usage: dotnet run -c Release --project bench/Hub.Bench.Adapters [-- name-filter ...]
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .Where(b => args.Length == 0 || args.Any(f => b.Name.Contains(f, StringComparison.OrdinalIgnoreCase)))
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

#if DEBUG
Console.Error.WriteLine("WARNING: Debug build. Run with -c Release for meaningful numbers.");
#endif
Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, " +
    $"{Environment.ProcessorCount} logical CPUs, one thread, {DateTimeOffset.UtcNow:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine("| benchmark | operation | ops per CPU-second (median) | CPU µs/op | ops/s wall (median) | wall min .. max |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var benchmark in benchmarks)
{
    var r = BenchmarkRunner.Run(benchmark);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} | {r.Description} | {r.CpuOpsPerSecond:N0} | {r.CpuMicrosecondsPerOp:N1} | {r.WallOpsPerSecond:N0} | {r.MinWall:N0} .. {r.MaxWall:N0} |"));
}
