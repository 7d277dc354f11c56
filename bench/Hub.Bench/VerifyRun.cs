using System.Diagnostics;
using System.Runtime.CompilerServices;
using Hub.TrustList.Common;
using System.Text.Json;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Serialization.Reading;
using Hub.TrustList.Signing;
using Hub.TrustList.Verification;

namespace Hub.Bench;

/// <summary>
/// Runs in a fresh process: load + verify (cold first, so the peak working set is that of loading), then warm runs,
/// the memory the snapshot keeps, the model's size, and O(1) lookups. CPU time is reported beside wall time: on a
/// shared machine it is the steadier number.
/// </summary>
internal static class VerifyRun
{
    private const int Lookups = 1_000_000;

    /// <param name="fromFile">Verify from the file in windows, as the loader does; otherwise read it into memory first, as the CLI does.</param>
    public static int Run(string listPath, string anchorPath, int runs, bool fromFile)
    {
        Console.WriteLine(fromFile ? "-- from the file, in windows (the loader):" : "-- from memory (the file read whole first; the CLI):");
        var verifier = new TrustListVerifier(
            new TrustListVerifierOptions { Anchors = [TrustAnchor.FromJwk(File.ReadAllText(anchorPath))], MaxDocumentBytes = 512L * 1024 * 1024 },
            TimeProvider.System);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using (var before = Process.GetCurrentProcess())
        {
            Console.WriteLine($"working set before the first load: {before.WorkingSet64 / 1048576.0:0} MiB (the runtime, the verifier, the anchor)");
        }
        var walls = new List<double>();
        var cpus = new List<double>();
        TrustListSnapshot? snapshot = null;
        for (var run = 0; run <= runs; run++)
        {
            snapshot = null;
            if (run > 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            var (result, wall, cpu) = VerifyOnce(verifier, listPath, fromFile);
            if (!result.IsSuccess)
            {
                Console.Error.WriteLine("verification failed: " + result.Error);
                return 1;
            }
            snapshot = result.Value;
            if (run == 0)
            {
                using var process = Process.GetCurrentProcess();
                var managed = GC.GetTotalMemory(forceFullCollection: false) - baseline;
                Console.WriteLine($"load + verify, cold (JIT included): {wall:0} ms wall, {cpu:0} ms CPU; managed heap +{managed / 1048576.0:0} MiB; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB");
                continue;
            }
            walls.Add(wall);
            cpus.Add(cpu);
        }
        walls.Sort();
        cpus.Sort();
        Console.WriteLine($"load + verify, warm: median {walls[walls.Count / 2]:0} ms wall (min {walls[0]:0}, max {walls[^1]:0}), median {cpus[cpus.Count / 2]:0} ms CPU, over {walls.Count} runs");
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Console.WriteLine($"kept by the snapshot (managed, after a full GC): {retained / 1048576.0:0} MiB");
        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine($"peak working set after the warm runs: {process.PeakWorkingSet64 / 1048576.0:0} MiB");
        }
        MeasureLookups(snapshot!);
        snapshot = null;
        if (!fromFile)
        {
            MeasureModel(listPath);
        }
        return 0;
    }

    /// <summary>One load + verify, in its own frame so that nothing of it but the result outlives it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Result<TrustListSnapshot, TrustListError> Result, double WallMs, double CpuMs) VerifyOnce(TrustListVerifier verifier, string listPath, bool fromFile)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = fromFile ? verifier.VerifyFile(listPath) : verifier.Verify(File.ReadAllBytes(listPath));
        watch.Stop();
        process.Refresh();
        return (result, watch.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    }

    /// <summary>The managed size of the model alone: as the verifier reads it (shared values, arrays), and with System.Text.Json.</summary>
    private static void MeasureModel(string listPath)
    {
        var bytes = File.ReadAllBytes(listPath);
        foreach (var compact in new[] { true, false })
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var model = compact ? TrustListReader.Read(bytes).Value.Document : JsonSerializer.Deserialize<TrustListDocument>(bytes, TrustListJson.Options)!;
            var size = GC.GetTotalMemory(forceFullCollection: true) - before;
            var entries = model.RelyingParties.Count + model.IdentityProviders.Count;
            Console.WriteLine($"model objects {(compact ? "as the verifier reads them" : "as System.Text.Json reads them")}: {size / 1048576.0:0} MiB, {size / (double)entries:0} bytes per entry (raw JSON {bytes.Length / (double)entries:0})");
            GC.KeepAlive(model);
        }
    }

    private static void MeasureLookups(TrustListSnapshot snapshot)
    {
        var clients = snapshot.Document.RelyingParties.Select(r => r.ClientId).ToArray();
        var providers = snapshot.Document.IdentityProviders.Select(p => p.Id).ToArray();
        var random = new Random(42);
        var found = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Lookups; i++)
        {
            found += snapshot.FindRelyingParty(clients[random.Next(clients.Length)]) is null ? 0 : 1;
            found += snapshot.FindProvider(providers[random.Next(providers.Length)]) is null ? 0 : 1;
        }
        watch.Stop();
        Console.WriteLine($"lookups: {2 * Lookups:N0} (client_id and provider id, random) in {watch.Elapsed.TotalMilliseconds:0} ms, {watch.Elapsed.TotalNanoseconds / (2.0 * Lookups):0} ns each; found {found:N0}");
    }
}
