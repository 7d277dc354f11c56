using System.Globalization;
using Hub.Bench.Load.Browsing;
using Hub.Bench.Load.Floor;
using Hub.Bench.Load.Floor.Http;
using Hub.Bench.Load.Flow;
using Hub.Bench.Load.Processes;
using Hub.Bench.Load.Running;
using Hub.Gateway.Demo;

namespace Hub.Bench.Load;

/// <summary>
/// The whole measurement: the machine, the floor, then per configuration (store, instances) a warm-up, one phase
/// per protocol at fixed concurrency, a ramp to the peak and a phase at 70% of it; or the soak. Prints Markdown.
/// </summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchSettings settings)
    {
        var root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run from inside the repository.");
        var hubDll = settings.HubDll ?? BenchFederation.DefaultHubDll(root);
        if (!File.Exists(hubDll))
        {
            await Console.Error.WriteLineAsync($"Build the hub first: {hubDll} is missing.");
            return 1;
        }
        if (settings.Cpus is { } cpus)
        {
            CpuPinning.PinSelf(cpus.Others);
        }
        var report = new Report(Console.Out, settings.IdTokenAlgorithm, settings.HubEnvironment, settings.EcdsaSpKey, settings.Cpus);
        report.Machine();
        using var http = Browser.CreateSharedClient();
        using var federation = await BenchFederation.StartProvidersAsync(root, ecdsaSpKey: settings.EcdsaSpKey);
        if (settings.SoakMinutes > 0)
        {
            await Soak.RunAsync(settings, federation, hubDll, http, report);
            return 0;
        }
        using (var floorRedis = await RedisServer.StartAsync())
        {
            var floor = await FloorBenchmarks.RunAsync(floorRedis.Connection.GetDatabase());
            report.Floor(floor with { BareHttpOidcLogin = await HttpFloor.MicrosecondsPerLoginAsync(http, root) });
        }
        foreach (var (store, instances) in settings.Configs)
        {
            var label = $"{store}, {instances} instance{(instances > 1 ? "s" : string.Empty)}";
            await StartAsync(federation, hubDll, store, instances, http, settings);
            var runner = new LoadRunner(Target(federation, Resident.All), http);
            var warmup = await runner.RunAsync(new LoadOptions(TimeSpan.FromSeconds(settings.Warmup), Math.Min(8, settings.Concurrency)));
            report.Line($"\n<!-- {label}: warm-up {warmup.Completed} logins ({warmup.Consents} through the consent page), {warmup.Errors} errors {Errors(warmup)} -->");
            if (settings.SettleMax > 0)
            {
                report.Line($"<!-- {label}: {Settle.Describe(await Settle.UntilSteadyAsync(federation, runner, settings.Concurrency, settings.SettleMax))} -->");
            }
            foreach (var protocol in settings.Protocols)
            {
                var protocolRunner = new LoadRunner(Target(federation, Resident.Of(protocol)), http);
                report.Add(await PhaseStats.MeasureAsync($"{label} | {protocol}", federation, protocolRunner,
                    new LoadOptions(TimeSpan.FromSeconds(settings.Seconds), settings.Concurrency)));
            }
            double peak = 0;
            foreach (var concurrency in settings.Ramp)
            {
                var step = await PhaseStats.MeasureAsync($"{label} | ramp c={concurrency}", federation, runner,
                    new LoadOptions(TimeSpan.FromSeconds(settings.RampSeconds), concurrency));
                report.AddRamp(step);
                peak = Math.Max(peak, step.Result.PerSecond);
            }
            if (peak > 0)
            {
                var rate = Math.Round(peak * 0.7, 1);
                report.AddAt70(await PhaseStats.MeasureAsync($"{label} | 70% of peak {peak:0.0}/s = {rate:0.0}/s", federation, runner,
                    new LoadOptions(TimeSpan.FromSeconds(settings.Seconds), 64, rate)));
            }
            federation.StopHubs();
        }
        report.Tables();
        return 0;
    }

    public static async Task StartAsync(BenchFederation federation, string hubDll, string store, int instances, HttpClient http, BenchSettings settings)
        => await federation.StartHubsAsync(hubDll, instances, store == "redis", idTokenAlgorithm: settings.IdTokenAlgorithm, environment: settings.HubEnvironment, cpus: settings.Cpus?.Hubs, afterFirst: async () =>
        {
            var first = new LoadRunner(new LoadTarget(federation.Issuer, [federation.Issuer], federation.RelyingPartyKeyPath, Resident.All), http);
            var result = await first.RunAsync(new LoadOptions(TimeSpan.FromSeconds(1), 1));
            if (result.Completed == 0)
            {
                throw new InvalidOperationException("The first login failed: " + Errors(result) + "\n" + federation.Hubs[0].Tail);
            }
        });

    public static LoadTarget Target(BenchFederation federation, IReadOnlyList<Resident> residents)
        => new(federation.Issuer, [.. federation.InstanceUrls], federation.RelyingPartyKeyPath, residents);

    public static string Errors(LoadResult result)
        => string.Join("; ", result.ErrorKinds.Select(e => $"{e.Key} ×{e.Value}"));

    public static string F(double value, string format = "0.0") => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
