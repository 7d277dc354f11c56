using System.Diagnostics;
using Hub.Bench.Load.Floor;
using Hub.Bench.Load.Processes;
using Hub.Bench.Load.Running;
using static Hub.Bench.Load.BenchRun;

namespace Hub.Bench.Load;

/// <summary>Markdown tables of a run (docs/performance.md, "Brokered logins (gateway)").</summary>
public sealed class Report(
    TextWriter output, string idTokenAlgorithm = "RS256", IReadOnlyDictionary<string, string>? hubEnvironment = null, bool ecdsaSpKey = false,
    CpuPinning? cpus = null)
{
    private readonly List<PhaseStats> _phases = [];
    private readonly List<PhaseStats> _ramp = [];
    private readonly List<PhaseStats> _at70 = [];
    private FloorResult? _floor;

    public void Line(string text)
    {
        output.WriteLine(text);
        output.Flush();
    }

    public void Machine()
    {
        Line($"<!-- {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, nproc {Environment.ProcessorCount}, loadavg {File.ReadAllText("/proc/loadavg").Trim()}, .NET {Environment.Version}, ID tokens {idTokenAlgorithm}, AuthnRequests {(ecdsaSpKey ? "ECDSA-SHA256" : "RSA-SHA256")}{HubEnvironment()}{Cpus()} -->");
    }

    /// <summary>The environment the hubs ran with beyond the bench's own (<c>--hub-env</c>), so a figure says how it was made.</summary>
    private string HubEnvironment()
        => hubEnvironment is { Count: > 0 } ? ", hub environment " + string.Join(' ', hubEnvironment.Select(e => $"{e.Key}={e.Value}")) : string.Empty;

    /// <summary>Where the processes ran (<c>--hub-cpus</c>): the CPU figures depend on it.</summary>
    private string Cpus()
        => cpus is null
            ? ", every process on every CPU"
            : $", hubs on CPU {CpuPinning.List(cpus.Hubs)}, the generator, providers and redis-server on CPU {CpuPinning.List(cpus.Others)}";

    public void Floor(FloorResult floor)
    {
        _floor = floor;
        Line("\n| floor (one core, generator process) | CPU µs/op |\n|---|---:|");
        Line($"| SAML Response validation incl. XML-DSig verify ({floor.SamlXmlBytes} B) | {F(floor.SamlResponseValidate)} |");
        Line($"| bare RSA-2048 verify | {F(floor.Rsa2048Verify)} |");
        Line($"| RS256 ID-token verify (JsonWebTokenHandler) | {F(floor.Rs256IdTokenVerify)} |");
        Line($"| ES256 JWT verify (JsonWebTokenHandler) | {F(floor.Es256JwtVerify)} |");
        Line($"| RS256 ID-token sign | {F(floor.Rs256IdTokenSign)} |");
        Line($"| ES256 ID-token sign | {F(floor.Es256IdTokenSign)} |");
        Line($"| Redis op, pipelined (client CPU) | {F(floor.RedisPipelinedOp, "0.00")} |");
        Line($"| Redis synchronous round trip (wall) | {F(floor.RedisRoundTripWallUs)} |");
        Line($"| HTTP only: an OIDC-brokered login's 3 hub requests and 1 back-channel call on bare ASP.NET Core (separate process, CPU µs/login) | {F(floor.BareHttpOidcLogin)} |");
    }

    public void Add(PhaseStats phase)
    {
        _phases.Add(phase);
        Line($"<!-- {phase.Label}: {F(phase.Result.PerSecond)}/s, {phase.Result.Errors} errors {Errors(phase.Result)}, gateway {F(phase.HubCpuMsPerLogin, "0.000")} ms CPU/login -->");
    }

    public void AddRamp(PhaseStats phase)
    {
        _ramp.Add(phase);
        Line($"<!-- {phase.Label}: {F(phase.Result.PerSecond)}/s, p99 {F(LoadResult.Percentile(phase.Result.TotalMs, 0.99))} ms, {phase.Result.Errors} errors -->");
    }

    public void AddAt70(PhaseStats phase)
    {
        _at70.Add(phase);
        Line($"<!-- {phase.Label}: {F(phase.Result.PerSecond)}/s, hub p99 {F(LoadResult.Percentile(phase.Result.HubMs, 0.99))} ms -->");
    }

    public void Tables()
    {
        Line("\n| configuration \\| protocol | logins/s | errors | e2e p50 / p95 / p99 ms | hub p50 / p95 / p99 ms | gateway CPU ms/login | logins/s per gateway core | providers CPU ms/login | generator CPU ms/login | Redis cmds/login |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in _phases)
        {
            Line($"| {p.Label} | {F(p.Result.PerSecond)} | {p.Result.Errors} | {Pct(p.Result.TotalMs)} | {Pct(p.Result.HubMs)} | {F(p.HubCpuMsPerLogin, "0.00")} | {F(1000 / p.HubCpuMsPerLogin, "0")} | {F(p.ProviderCpuMsPerLogin, "0.00")} | {F(p.GeneratorCpuMsPerLogin, "0.00")} | {F(p.RedisCommandsPerLogin)} |");
        }
        Line("\n| ramp (mixed protocols) | logins/s | errors | e2e p50 / p95 / p99 ms | hub p99 ms | gateway CPU ms/login |\n|---|---:|---:|---:|---:|---:|");
        foreach (var p in _ramp)
        {
            Line($"| {p.Label} | {F(p.Result.PerSecond)} | {p.Result.Errors} | {Pct(p.Result.TotalMs)} | {F(LoadResult.Percentile(p.Result.HubMs, 0.99))} | {F(p.HubCpuMsPerLogin, "0.00")} |");
        }
        Line("\n| at 70% of peak (open loop) | achieved logins/s | errors | hub p50 / p95 / p99 ms | e2e p99 ms |\n|---|---:|---:|---:|---:|");
        foreach (var p in _at70)
        {
            Line($"| {p.Label} | {F(p.Result.PerSecond)} | {p.Result.Errors} | {Pct(p.Result.HubMs)} | {F(LoadResult.Percentile(p.Result.TotalMs, 0.99))} |");
        }
        if (_floor is not null)
        {
            Breakdown(_floor);
        }
    }

    /// <summary>
    /// Gateway CPU per login split into the floor's operations times how often a login does them (see
    /// docs/performance.md for the counts), and the rest.
    /// </summary>
    private void Breakdown(FloorResult f)
    {
        Line("\n| configuration \\| protocol | gateway CPU µs/login | signature verify | token signing | Redis (client) | the rest | floor (verify + sign) | total / floor | floor + bare HTTP | total / (floor + bare HTTP) |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in _phases)
        {
            var saml = p.Label.EndsWith("saml", StringComparison.Ordinal);
            // Provider answer: the SAML Response, or the OIDC ID token (mydoor RS256 for 2 of 3 residents, Aizu ES256 for 1).
            var provider = saml ? f.SamlResponseValidate : (2 * f.Rs256IdTokenVerify + f.Es256JwtVerify) / 3;
            // Plus the RP's client assertion (an ES256 JWT) at the token endpoint; the code is an opaque handle.
            var verify = provider + f.Es256JwtVerify;
            // The ID token (the RP's algorithm; the access token is sealed with AES-GCM, no signature: decision 0012),
            // and for SAML the hub's AuthnRequest (RSA-SHA256 or ECDSA-SHA256 with the SP key, about one RS256 or
            // ES256 sign).
            var idToken = idTokenAlgorithm == "ES256" ? f.Es256IdTokenSign : f.Rs256IdTokenSign;
            var authnRequest = ecdsaSpKey ? f.Es256IdTokenSign : f.Rs256IdTokenSign;
            var sign = idToken + (saml ? authnRequest : 0);
            var redis = double.IsNaN(f.RedisPipelinedOp) || p.RedisCommands == 0 ? 0 : p.RedisCommandsPerLogin * f.RedisPipelinedOp;
            var total = p.HubCpuMsPerLogin * 1000;
            var floor = provider + idToken;
            // The bare HTTP exchange is measured for the OIDC-brokered shape only (SAML has no back channel but a larger POST).
            var withHttp = saml ? double.NaN : floor + f.BareHttpOidcLogin;
            Line($"| {p.Label} | {F(total, "0")} | {F(verify, "0")} | {F(sign, "0")} | {F(redis, "0")} | {F(total - verify - sign - redis, "0")} | {F(floor, "0")} | {F(total / floor)} | {F(withHttp, "0")} | {F(total / withHttp)} |");
        }
    }

    private static string Pct(double[] sorted)
        => $"{F(LoadResult.Percentile(sorted, 0.5))} / {F(LoadResult.Percentile(sorted, 0.95))} / {F(LoadResult.Percentile(sorted, 0.99))}";

    public static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
