using System.Diagnostics;
using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Loading;
using Hub.TrustList.Lookup;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Serialization.Reading;
using Hub.TrustList.Signing;
using Hub.TrustList.Streaming;
using Hub.TrustList.Validation;
using Hub.TrustList.Verification;

namespace Hub.Bench;

/// <summary>
/// Where the time of one verification goes, step by step, on one thread (best of 5 rounds after a warm-up), with the
/// GC pause time inside each step. The verifier runs the signature steps and the model steps on two cores.
/// </summary>
internal static class PhaseRun
{
    public static void Run(string listPath)
    {
        var best = new Dictionary<string, (double Ms, double GcMs)>();
        var order = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            var steps = new List<(string, double, double)>();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            var pause = GC.GetTotalPauseDuration();
            void Step(string name)
            {
                var now = GC.GetTotalPauseDuration();
                steps.Add((name, watch.Elapsed.TotalMilliseconds, (now - pause).TotalMilliseconds));
                pause = now;
                watch.Restart();
            }
            var bytes = File.ReadAllBytes(listPath);
            Step("read file");
            using var source = new MemoryListSource(bytes);
            var layout = LayoutScanner.Scan(source);
            Step("scan top-level members");
            using (var hasher = new JwsSigningInputHasher("eyJhbGciOiJFUzI1NiJ9"))
            using (var window = new ListWindow(source))
            {
                JsonCanonicalizer.WriteRoot(layout, window, hasher, "signature");
                hasher.Finish();
                Step("canonicalize + base64url + SHA-256");
            }
            TrustListDigest.Compute(bytes);
            Step("SHA-256 of the signed bytes");
            var model = TrustListReader.Read(bytes).Value.Document;
            Step("read the model");
            model = null;
            GC.Collect();
            watch.Restart();
            pause = GC.GetTotalPauseDuration();
            using (var file = new FileListSource(listPath))
            {
                SignaturePass.Verify(file, [TrustAnchor.FromJwk(File.ReadAllText(Path.Combine(Path.GetDirectoryName(listPath)!, "coordinator.public.jwk")))]);
                Step("the verifier's signature pass, from the file (scan + digest + canonicalize + base64url + SHA-256 + ES256)");
                var checks = new RelyingPartyChecks();
                model = TrustListReader.Read(file, RootWalker.DefaultWindow, checks).Value.Document;
                Step("the verifier's model pass, from the file (with the rules' RP checks)");
                TrustListValidator.Validate(model, listsMayHoldNulls: false, checks);
                Step("the rest of the rules, as the verifier runs them");
            }
            TrustListValidator.Validate(model);
            Step("all the structural rules, alone");
            if (round == 5 && Environment.GetEnvironmentVariable("HUB_BENCH_RULES") == "1")
            {
                foreach (var rule in typeof(TrustListValidator).Assembly.GetTypes().Where(t => typeof(ITrustListRule).IsAssignableFrom(t) && !t.IsInterface))
                {
                    var instance = (ITrustListRule)Activator.CreateInstance(rule)!;
                    var ruleWatch = Stopwatch.StartNew();
                    var count = instance.Check(model).Count();
                    Console.WriteLine($"  rule {rule.Name}: {ruleWatch.Elapsed.TotalMilliseconds:0} ms ({count} errors)");
                }
                watch.Restart();
                pause = GC.GetTotalPauseDuration();
            }
            GC.KeepAlive(new TrustListSnapshot(model, "", 0));
            Step("lookup tables");
            model = null;
            GC.Collect();
            watch.Restart();
            pause = GC.GetTotalPauseDuration();
            JsonSerializer.Deserialize<TrustListDocument>(bytes, TrustListJson.Options);
            Step("(System.Text.Json deserialization, for comparison)");
            foreach (var (name, ms, gcMs) in steps.Where(_ => round > 0))
            {
                if (!best.TryGetValue(name, out var previous))
                {
                    order.Add(name);
                    best[name] = (ms, gcMs);
                }
                else if (ms < previous.Ms)
                {
                    best[name] = (ms, gcMs);
                }
            }
        }
        Console.WriteLine("phases (one thread, best of 5 warm rounds; GC pauses inside):");
        foreach (var name in order)
        {
            Console.WriteLine($"  {name}: {best[name].Ms:0} ms (GC {best[name].GcMs:0} ms)");
        }
    }
}
