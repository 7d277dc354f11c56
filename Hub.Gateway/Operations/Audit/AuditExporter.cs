using System.Text.Json;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;

namespace Hub.Gateway.Operations.Audit;

/// <summary>
/// Writes the audit log as JSON lines, one data release a line, partition by partition, oldest first. Each line says
/// whether its entry checks out on its own and against the one before it (<c>intact</c>, and <c>problem</c>:
/// hash_mismatch, broken_link or sequence_gap), so a reader sees exactly which records were tampered with. The
/// whole log is then verified by the store (which also detects cut-off newest entries).
/// </summary>
internal static class AuditExporter
{
    public static async Task<ChainVerification> ExportAsync(IAuditLog log, TextWriter output, CancellationToken cancellationToken)
    {
        var previous = new Dictionary<int, ChainHead>();
        await foreach (var entry in log.ReadAllAsync(cancellationToken))
        {
            var before = previous.GetValueOrDefault(entry.Partition) ?? ChainHead.Empty;
            var problem = Problem(entry, before);
            await output.WriteLineAsync(Line(entry, problem));
            previous[entry.Partition] = new ChainHead(entry.Sequence, entry.Hash);
        }
        await output.FlushAsync(cancellationToken);
        return await log.VerifyAsync(cancellationToken);
    }

    private static ChainProblem Problem(AuditEntry entry, ChainHead before) =>
        AuditChain.ComputeHash(entry) != entry.Hash ? ChainProblem.HashMismatch
        : entry.Sequence != before.Sequence + 1 ? ChainProblem.SequenceGap
        : entry.PreviousHash != before.Hash ? ChainProblem.BrokenLink
        : ChainProblem.None;

    private static string Line(AuditEntry entry, ChainProblem problem)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var r = entry.Record;
            json.WriteStartObject();
            json.WriteString("id", entry.Id);
            json.WriteNumber("partition", entry.Partition);
            json.WriteNumber("sequence", entry.Sequence);
            json.WriteString("released_at", r.ReleasedAt.ToUniversalTime());
            json.WriteString("client_id", r.ClientId);
            json.WriteString("provider_id", r.ProviderId);
            json.WriteString("brand_id", r.BrandId);
            json.WriteString("subject", r.Subject);
            json.WriteStartArray("claim_names");
            foreach (var name in r.ClaimNames)
            {
                json.WriteStringValue(name);
            }
            json.WriteEndArray();
            json.WriteString("consent_record_id", r.ConsentRecordId);
            json.WriteString("level", r.Level.ToString());
            json.WriteString("previous_hash", entry.PreviousHash);
            json.WriteString("hash", entry.Hash);
            json.WriteBoolean("intact", problem == ChainProblem.None);
            if (problem != ChainProblem.None)
            {
                json.WriteString("problem", AuditProblemCodes.Of(problem));
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
