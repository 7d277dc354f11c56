using System.Diagnostics;
using System.Text.Json;
using Hub.TrustList.Canonicalization;
using Hub.TrustList.Model;
using Hub.TrustList.Serialization;
using Hub.TrustList.Signing;
using Hub.TrustList.Validation;
using Hub.TrustList.Verification;

namespace Hub.Bench;

/// <summary>Where the time of one verification goes, step by step (run after a warm-up).</summary>
internal static class PhaseRun
{

    public static void Run(string listPath)
    {
        var best = new Dictionary<string, double>();
        var order = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            var steps = new List<(string, double)>();
            var watch = Stopwatch.StartNew();
            void Step(string name)
            {
                steps.Add((name, watch.Elapsed.TotalMilliseconds));
                watch.Restart();
            }
            var bytes = File.ReadAllBytes(listPath);
            Step("read file");
            var members = JsonRootMembers.Scan(bytes);
            Step("scan top-level members");
            using (var hasher = new JwsSigningInputHasher("eyJhbGciOiJFUzI1NiJ9"))
            {
                JsonCanonicalizer.WriteRoot(bytes, members, hasher, "signature");
                hasher.Finish();
                Step("canonicalize + base64url + SHA-256");
            }

            JsonSerializer.Deserialize<TrustListDocument>(bytes, TrustListJson.Options);
            Step("deserialize (plain options)");
            TrustListDocument model;
            using (PooledStringConverter.Scope())
            {
                model = JsonSerializer.Deserialize<TrustListDocument>(bytes, VerifierJson.Options)!;
            }
            Step("deserialize (as the verifier: pooled strings)");



            TrustListValidator.Validate(model);
            Step("structural rules");
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
            }
            foreach (var (name, ms) in steps.Where(_ => round > 0))
            {
                if (!best.TryGetValue(name, out var previous))
                {
                    order.Add(name);
                    best[name] = ms;
                }
                else if (ms < previous)
                {
                    best[name] = ms;
                }
            }
        }
        Console.WriteLine("phases (best of 5 warm rounds): " + string.Join(", ", order.Select(n => $"{n} {best[n]:0} ms")));
    }
}
