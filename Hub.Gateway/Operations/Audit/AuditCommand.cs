using Hub.Gateway.Stores;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Hub.Gateway.Operations.Audit;

/// <summary>
/// <c>dotnet run --project Hub.Gateway -- audit export [--redis &lt;config&gt;] [--out file.jsonl] [--prefix hub:]
/// [--partitions 8]</c> and <c>audit verify [...]</c>. The Redis configuration defaults to the environment variable
/// <c>Redis__Configuration</c> (as the hub reads it). Exit codes: 0 intact, 1 usage or connection error, 2 broken
/// chain (the export is still written, with the broken records flagged); the first broken link is reported.
/// </summary>
public static class AuditCommand
{
    public const string Name = "audit";

    public const int Intact = 0;
    public const int UsageError = 1;
    public const int Broken = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = AuditArguments.Parse(args, Environment.GetEnvironmentVariable("Redis__Configuration"));
        if (parsed.Error is { } error)
        {
            await stderr.WriteLineAsync(error);
            await stderr.WriteLineAsync("usage: audit export|verify [--redis <config>] [--out <file.jsonl>] [--prefix <key prefix>] [--partitions <n>]");
            return UsageError;
        }
        await using var multiplexer = await ConnectionMultiplexer.ConnectAsync(RedisConnectionOptions.From(parsed.Redis!));
        if (!multiplexer.IsConnected)
        {
            await stderr.WriteLineAsync("audit: Redis is not reachable with the given configuration.");
            return UsageError;
        }
        var options = new HubStoreOptions { KeyPrefix = parsed.Prefix, AuditPartitions = parsed.Partitions };
        var context = new RedisStoreContext(multiplexer, Options.Create(options), TimeProvider.System, NullLogger<RedisStoreContext>.Instance);
        IAuditLog log = new RedisAuditLog(context, NullLogger<RedisAuditLog>.Instance);
        try
        {
            var verification = parsed.Verb == "verify"
                ? await log.VerifyAsync(cancellationToken)
                : await ExportAsync(log, parsed.Out, stdout, cancellationToken);
            var report = parsed.Verb == "export" && parsed.Out is null ? stderr : stdout;
            await report.WriteLineAsync(AuditProblemCodes.Describe(verification));
            return verification.IsIntact ? Intact : Broken;
        }
        catch (Exception e) when (e is StoreUnavailableException or InvalidDataException)
        {
            await stderr.WriteLineAsync("audit: " + e.Message);
            return e is InvalidDataException ? Broken : UsageError;
        }
    }

    private static async Task<ChainVerification> ExportAsync(IAuditLog log, string? path, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return await AuditExporter.ExportAsync(log, stdout, cancellationToken);
        }
        await using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        return await AuditExporter.ExportAsync(log, file, cancellationToken);
    }
}
