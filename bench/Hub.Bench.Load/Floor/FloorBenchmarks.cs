using System.Diagnostics;
using System.Security.Cryptography;
using Hub.Bench.Adapters.Benchmarks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using StackExchange.Redis;

namespace Hub.Bench.Load.Floor;

/// <summary>
/// The work a login cannot avoid, measured in the generator's process in the same run (before the load starts):
/// the SAML Response validation of bench/Hub.Bench.Adapters (XML-DSig of a ~4.5 KB assertion), the bare RSA-2048
/// verify, RS256/ES256 ID-token verify and sign with the JsonWebTokenHandler, and a Redis operation's client CPU
/// when pipelined, plus one synchronous round trip's wall time.
/// </summary>
public static class FloorBenchmarks
{
    public static async Task<FloorResult> RunAsync(IDatabase? redis)
    {
        var saml = new Saml2ResponseValidationBenchmark();
        saml.Setup();
        var rsa = new RsaVerifyBenchmark();
        rsa.Setup();
        using var rsaKey = RSA.Create(2048);
        using var ecKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rsaCredentials = new SigningCredentials(new RsaSecurityKey(rsaKey) { KeyId = "rs" }, SecurityAlgorithms.RsaSha256);
        var ecCredentials = new SigningCredentials(new ECDsaSecurityKey(ecKey) { KeyId = "es" }, SecurityAlgorithms.EcdsaSha256);
        var handler = new JsonWebTokenHandler();
        var rsToken = handler.CreateToken(Descriptor(rsaCredentials));
        var esToken = handler.CreateToken(Descriptor(ecCredentials));
        var rsValidation = Validation(rsaCredentials.Key);
        var esValidation = Validation(ecCredentials.Key);

        var result = new FloorResult(
            SamlResponseValidate: CpuTimer.MicrosecondsPerOp(saml.Invoke),
            SamlXmlBytes: saml.XmlBytes,
            Rsa2048Verify: CpuTimer.MicrosecondsPerOp(rsa.Invoke),
            Rs256IdTokenVerify: CpuTimer.MicrosecondsPerOp(() => Check(handler.ValidateTokenAsync(rsToken, rsValidation).GetAwaiter().GetResult())),
            Es256JwtVerify: CpuTimer.MicrosecondsPerOp(() => Check(handler.ValidateTokenAsync(esToken, esValidation).GetAwaiter().GetResult())),
            Rs256IdTokenSign: CpuTimer.MicrosecondsPerOp(() => handler.CreateToken(Descriptor(rsaCredentials))),
            Es256IdTokenSign: CpuTimer.MicrosecondsPerOp(() => handler.CreateToken(Descriptor(ecCredentials))),
            RedisPipelinedOp: redis is null ? double.NaN : await RedisOpAsync(redis),
            RedisRoundTripWallUs: redis is null ? double.NaN : RedisRoundTrip(redis));
        return result;
    }

    private static SecurityTokenDescriptor Descriptor(SigningCredentials credentials)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Issuer = "http://127.0.0.1:5080/",
            Audience = "osaka-kosodate",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "pairwise-0123456789abcdef0123456789abcdef0123456789ab",
                ["nonce"] = "n-0S6_WzA2Mj",
                ["auth_time"] = 1_700_000_000,
                ["acr"] = "urn:jp:regional-id:loa:B",
                ["amr"] = new[] { "mfa", "hwk" },
                ["name"] = "前橋 太郎",
                ["birthdate"] = "1990-01-15",
                ["address"] = new Dictionary<string, object> { ["formatted"] = "群馬県前橋市大手町二丁目12番1号" },
            },
            SigningCredentials = credentials,
        };
    }

    private static TokenValidationParameters Validation(SecurityKey key) => new()
    {
        ValidIssuer = "http://127.0.0.1:5080/",
        ValidAudience = "osaka-kosodate",
        IssuerSigningKey = key,
    };

    private static void Check(TokenValidationResult result)
    {
        if (!result.IsValid)
        {
            throw new InvalidOperationException("The floor token did not validate.", result.Exception);
        }
    }

    /// <summary>Client CPU per operation when 100 SET/GET run pipelined (async, awaited together).</summary>
    private static async Task<double> RedisOpAsync(IDatabase redis)
    {
        var tasks = new Task[100];
        async Task Batch(int round)
        {
            for (var i = 0; i < tasks.Length; i++)
            {
                var key = $"bench:floor:{i}";
                tasks[i] = (i & 1) == 0 ? redis.StringSetAsync(key, round, TimeSpan.FromMinutes(1)) : redis.StringGetAsync(key);
            }
            await Task.WhenAll(tasks);
        }
        for (var round = 0; round < 50; round++)
        {
            await Batch(round);
        }
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        const int rounds = 300;
        for (var round = 0; round < rounds; round++)
        {
            await Batch(round);
        }
        process.Refresh();
        return (process.TotalProcessorTime - cpu).TotalMicroseconds / (rounds * tasks.Length);
    }

    /// <summary>Wall time of one synchronous GET: the latency a sequential Redis step adds.</summary>
    private static double RedisRoundTrip(IDatabase redis)
    {
        for (var i = 0; i < 500; i++)
        {
            redis.StringGet("bench:floor:1");
        }
        var started = Stopwatch.GetTimestamp();
        const int count = 3000;
        for (var i = 0; i < count; i++)
        {
            redis.StringGet("bench:floor:1");
        }
        return (Stopwatch.GetTimestamp() - started) * 1e6 / Stopwatch.Frequency / count;
    }
}
