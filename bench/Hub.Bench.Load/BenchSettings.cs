using System.Globalization;
using Hub.Bench.Load.Processes;

namespace Hub.Bench.Load;

/// <summary>The command line of the load generator (see <see cref="Usage"/>).</summary>
public sealed record BenchSettings
{
    public const string Usage = """
        Brokered-login load generator (docs/performance.md, "Brokered logins (gateway)").
          dotnet run -c Release --project bench/Hub.Bench.Load -- [options]
          --configs inproc-1,redis-1,redis-2   store and hub instances per configuration
          --seconds 15          each measured phase (per protocol, and at 70% of peak)
          --warmup 30           warm-up seconds per configuration (first logins give consent; tiered JIT settles)
          --settle-max 120      then up to this many seconds more, in 5 s windows, until the gateway is steady (its
                                JIT thread under 1 % of its CPU, CPU per login within 5 % of the window before); 0 to skip
          --concurrency 16      browsers in flight for the per-protocol phases
          --protocols saml,oidc the per-protocol phases to run (the warm-up and the ramp still mix both)
          --ramp 2,4,8,16,32    concurrency steps to find the peak (mixed protocols); "" to skip
          --ramp-seconds 6      each ramp step
          --soak-minutes 0      soak instead: this many minutes at --rate on the first configuration
          --rate 0              soak rate in logins/s (0: 70% of a short ramp's peak)
          --id-token-alg RS256  the ID-token algorithm registered for the bench RP (RS256, the OIDC default, or ES256)
          --saml-sp-key rsa     the hub's SAML SP key: rsa (the demo's RSA-2048 key, RSA-SHA256 AuthnRequests) or ecdsa
                                (a P-256 key made for the run, ECDSA-SHA256 AuthnRequests; docs/performance.md)
          --hub-dll PATH        default: Hub.Gateway/bin/<configuration>/net10.0/Hub.Gateway.dll
          --hub-env NAME=VALUE  an environment variable for the hub processes only (repeatable), e.g. a GC setting
                                (docs/performance.md, "The gen0 budget")
          --hub-cpus 1          the hub processes on these CPUs (comma-separated), the generator, the providers and
                                redis-server on the others; default: all share every CPU
        """;

    public IReadOnlyList<(string Store, int Instances)> Configs { get; init; } = [("inproc", 1), ("redis", 1), ("redis", 2)];

    public int Seconds { get; init; } = 15;

    public int Warmup { get; init; } = 30;

    public int SettleMax { get; init; } = 120;

    public int Concurrency { get; init; } = 16;

    public IReadOnlyList<string> Protocols { get; init; } = ["saml", "oidc"];

    public IReadOnlyList<int> Ramp { get; init; } = [2, 4, 8, 16, 32];

    public int RampSeconds { get; init; } = 6;

    public int SoakMinutes { get; init; }

    public double Rate { get; init; }

    public string IdTokenAlgorithm { get; init; } = "RS256";

    /// <summary><c>rsa</c> or <c>ecdsa</c>: the algorithm of the hubs' SAML SP key, which signs the AuthnRequests.</summary>
    public string SamlSpKey { get; init; } = "rsa";

    /// <summary>True when the SP key is ECDSA P-256 (<c>--saml-sp-key ecdsa</c>); the one place the name is compared.</summary>
    public bool EcdsaSpKey => SamlSpKey == "ecdsa";

    public string? HubDll { get; init; }

    /// <summary>Environment variables for the hub processes only (the providers and the generator keep theirs).</summary>
    public IReadOnlyDictionary<string, string> HubEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>The hubs' CPUs and the others' (<c>--hub-cpus</c>); null when every process shares every CPU.</summary>
    public CpuPinning? Cpus { get; init; }

    /// <summary>The settings, or null (the caller prints the usage) for an unknown option or a malformed value.</summary>
    public static BenchSettings? Parse(string[] args)
    {
        try
        {
            return ParseOrThrow(args);
        }
        catch (Exception e) when (e is FormatException or OverflowException or IndexOutOfRangeException)
        {
            // e.g. "--ramp --id-token-alg ES256": a shell dropped the empty value and the next option became it.
            return null;
        }
    }

    private static BenchSettings? ParseOrThrow(string[] args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--configs" => settings with { Configs = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => (c.Split('-')[0], Int(c.Split('-')[1])))] },
                "--seconds" => settings with { Seconds = Int(value) },
                "--warmup" => settings with { Warmup = Int(value) },
                "--settle-max" => settings with { SettleMax = Int(value) },
                "--concurrency" => settings with { Concurrency = Int(value) },
                "--protocols" => value.Split(',') is var names && names.All(n => n is "saml" or "oidc") ? settings with { Protocols = names } : null,
                "--ramp" => settings with { Ramp = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Int)] },
                "--ramp-seconds" => settings with { RampSeconds = Int(value) },
                "--soak-minutes" => settings with { SoakMinutes = Int(value) },
                "--rate" => settings with { Rate = double.Parse(value, CultureInfo.InvariantCulture) },
                "--id-token-alg" => value is "RS256" or "ES256" ? settings with { IdTokenAlgorithm = value } : null,
                "--saml-sp-key" => value is "rsa" or "ecdsa" ? settings with { SamlSpKey = value } : null,
                "--hub-dll" => settings with { HubDll = Path.GetFullPath(value) },
                "--hub-env" => value.Split('=', 2) is [{ Length: > 0 } name, var setting]
                    ? settings with { HubEnvironment = new Dictionary<string, string>(settings.HubEnvironment) { [name] = setting } }
                    : null,
                "--hub-cpus" => CpuPinning.Parse(value, Environment.ProcessorCount) is { } cpus ? settings with { Cpus = cpus } : null,
                _ => null,
            };
            if (settings is null)
            {
                return null;
            }
        }
        return args.Length % 2 == 0 ? settings : null;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
