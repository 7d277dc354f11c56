using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Gateway.Operations.Audit;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Redis;
using Hub.Gateway.Tests.Infrastructure;
using Hub.Gateway.Tests.Stores.Redis;
using Hub.TrustList.Model;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Hub.Gateway.Tests.Operations.Audit;

/// <summary><c>audit export</c> and <c>audit verify</c> against a real redis-server, before and after tampering.</summary>
[Collection(RedisCollection.Name)]
public sealed class AuditCommandTests(RedisServerFixture fixture) : IDisposable
{
    private const int Partitions = 2;
    private readonly RedisTestStores _stores = new(fixture, o => o.AuditPartitions = Partitions);
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public async Task Export_IntactLog_WritesOneJsonLinePerReleaseAndExitsIntact()
    {
        await AppendAsync(3);

        var (exit, stdout, _) = await RunAsync("export", "--out", _out);

        Assert.Equal(AuditCommand.Intact, exit);
        Assert.Contains("audit log intact", stdout, StringComparison.Ordinal);
        var lines = ReadExport();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.True(l.GetProperty("intact").GetBoolean()));
        var first = lines.Single(l => l.GetProperty("sequence").GetInt64() == 1 && l.GetProperty("subject").GetString() == "sub-1");
        Assert.Equal(["address", "name"], first.GetProperty("claim_names").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("osaka-kosodate", first.GetProperty("client_id").GetString());
        Assert.Equal("B", first.GetProperty("level").GetString());
        Assert.False(first.TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Verify_IntactLog_ReportsIntact()
    {
        await AppendAsync(2);

        var (exit, stdout, _) = await RunAsync("verify");

        Assert.Equal((AuditCommand.Intact, "audit log intact"), (exit, stdout.Trim()));
    }

    [Fact]
    public async Task VerifyAndExport_RecordRewrittenInRedis_ReportTheFirstBrokenLinkAndFlagTheRecord()
    {
        var entries = await AppendAsync(3);
        var partition = entries[0].Partition;
        await RewriteClientAsync(partition, sequence: 2);

        var (verifyExit, verifyOut, _) = await RunAsync("verify");
        var (exportExit, _, _) = await RunAsync("export", "--out", _out);

        Assert.Equal(AuditCommand.Broken, verifyExit);
        Assert.Equal($"audit log BROKEN: hash_mismatch at partition {partition}, sequence 2", verifyOut.Trim());
        Assert.Equal(AuditCommand.Broken, exportExit);
        var flagged = ReadExport().Where(l => !l.GetProperty("intact").GetBoolean()).ToList();
        var only = Assert.Single(flagged);
        Assert.Equal((2L, "hash_mismatch", "someone-else"),
            (only.GetProperty("sequence").GetInt64(), only.GetProperty("problem").GetString(), only.GetProperty("client_id").GetString()));
    }

    [Fact]
    public async Task Verify_NewestEntryDeletedInRedis_ReportsTruncation()
    {
        var entries = await AppendAsync(2);
        var streamKey = _stores.A.Keys.Audit(entries[0].Partition).Stream;
        await _stores.Database.StreamDeleteAsync(streamKey, [entries[1].Id]);

        var (exit, stdout, _) = await RunAsync("verify");

        Assert.Equal(AuditCommand.Broken, exit);
        Assert.Contains("truncated", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("export", "--out")]
    [InlineData("verify", "--partitions", "0")]
    [InlineData("verify", "--colour", "red")]
    public async Task Run_UnusableArguments_ExitsWithUsageError(params string[] args)
    {
        var stderr = new StringWriter();

        var exit = await AuditCommand.RunAsync([.. args, "--redis", fixture.ConnectionString], new StringWriter(), stderr);

        Assert.Equal(AuditCommand.UsageError, exit);
        Assert.Contains("usage: audit", stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_out);

    private async Task<List<AuditEntry>> AppendAsync(int count)
    {
        var log = new RedisAuditLog(_stores.A, NullLogger<RedisAuditLog>.Instance);
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            // One subject: one partition, one chain.
            entries.Add(await log.AppendAsync(new DataReleaseRecord(
                DateTimeOffset.UtcNow, "osaka-kosodate", "mydoor-osaka", null, "sub-1", ["name", "address"], $"consent-{i}", LevelOfAssurance.B)));
        }
        return entries;
    }

    private async Task RewriteClientAsync(int partition, int sequence)
    {
        var streamKey = _stores.A.Keys.Audit(partition).Stream;
        var original = await _stores.Database.StreamRangeAsync(streamKey);
        await _stores.Database.KeyDeleteAsync(streamKey);
        foreach (var entry in original)
        {
            var fields = entry.Values.ToDictionary(v => (string)v.Name!, v => (string)v.Value!);
            if (fields["seq"] == sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                var record = JsonNode.Parse(fields["record"])!;
                record["clientId"] = "someone-else";
                fields["record"] = record.ToJsonString();
            }
            await _stores.Database.StreamAddAsync(streamKey, [.. fields.Select(f => new NameValueEntry(f.Key, f.Value))], messageId: entry.Id);
        }
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await AuditCommand.RunAsync(
            [.. args, "--redis", fixture.ConnectionString, "--prefix", _stores.Prefix, "--partitions", Partitions.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private List<JsonElement> ReadExport()
        => [.. File.ReadAllLines(_out).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
}
