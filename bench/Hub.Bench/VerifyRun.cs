using System.Diagnostics;
using System.Text.Json;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Lookup;
using Hub.TrustList.Signing;
using Hub.TrustList.Verification;

namespace Hub.Bench;

/// <summary>Runs in a fresh process: load + verify (cold, then warm), memory, and O(1) lookups.</summary>
internal static class VerifyRun
{
    private const int Lookups = 1_000_000;

    public static int Run(string listPath, string anchorPath, int runs)
    {
        var verifier = new TrustListVerifier(
            new TrustListVerifierOptions { Anchors = [TrustAnchor.FromJwk(File.ReadAllText(anchorPath))], MaxDocumentBytes = 512L * 1024 * 1024 },
            TimeProvider.System);
        MeasureModel(listPath);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var times = new List<double>();
        TrustListSnapshot? snapshot = null;
        for (var run = 0; run <= runs; run++)
        {
            snapshot = null;
            if (run > 0)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
            var watch = Stopwatch.StartNew();
            var bytes = File.ReadAllBytes(listPath);
            var result = verifier.Verify(bytes);
            watch.Stop();
            if (!result.IsSuccess)
            {
                Console.Error.WriteLine("verification failed: " + result.Error);
                return 1;
            }
            snapshot = result.Value;
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (run == 0)
            {
                Report("cold (first run, JIT included)", watch.Elapsed.TotalMilliseconds, baseline);
            }
        }
        var warm = times.Skip(1).Order().ToList();
        Console.WriteLine($"load + verify warm: median {warm[warm.Count / 2]:0} ms, min {warm[0]:0} ms, max {warm[^1]:0} ms over {warm.Count} runs");
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Console.WriteLine($"retained by the snapshot (managed, after full GC): {retained / 1048576.0:0} MiB");
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set of this process: {process.PeakWorkingSet64 / 1048576.0:0} MiB");
        MeasureLookups(snapshot!);
        return 0;
    }

    private static void Report(string label, double milliseconds, long baseline)
    {
        var managed = GC.GetTotalMemory(forceFullCollection: false) - baseline;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"load + verify {label}: {milliseconds:0} ms; managed heap +{managed / 1048576.0:0} MiB; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MiB");
    }

    /// <summary>
    /// The managed size of the deserialized model alone (first thing in this fresh process, before any pool holds
    /// memory): as the verifier reads it (strings pooled), and as plain <see cref="TrustListJson.Options"/> would.
    /// </summary>
    private static void MeasureModel(string listPath)
    {
        var bytes = File.ReadAllBytes(listPath);
        foreach (var pooled in new[] { true, false })
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            TrustListDocument model;
            using (pooled ? PooledStringConverter.Scope() : null)
            {
                model = JsonSerializer.Deserialize<TrustListDocument>(bytes, pooled ? VerifierJson.Options : TrustListJson.Options)!;
            }
            var size = GC.GetTotalMemory(forceFullCollection: true) - before;
            var entries = model.RelyingParties.Count + model.IdentityProviders.Count;
            Console.WriteLine($"model objects{(pooled ? " (as verified, strings pooled)" : " (plain options)")}: {size / 1048576.0:0} MiB, {size / (double)entries:0} bytes per entry; raw JSON {bytes.Length / (double)entries:0} bytes per entry");
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
        Console.WriteLine($"lookups: {2 * Lookups:N0} (client_id and provider id) in {watch.Elapsed.TotalMilliseconds:0} ms, {watch.Elapsed.TotalNanoseconds / (2.0 * Lookups):0} ns each; found {found:N0}");
    }
}
