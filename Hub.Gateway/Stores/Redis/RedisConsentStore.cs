using System.Text.Json;
using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Chaining;
using Hub.Gateway.Stores.Serialization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// A person's consents under one hash tag of the hub's per-person key: hub:{sub:&lt;hash&gt;}:consents (client id to
/// grant), :consent-log (a list of records, each naming the person by the client's pairwise sub) and :consent-head
/// ("sequence:hash" of the newest record). The record hash is computed here; a Lua
/// script appends only if the head is unchanged and applies the grant change in the same step, else we retry.
/// </summary>
internal sealed class RedisConsentStore(RedisStoreContext context, ILogger<RedisConsentStore> logger) : IConsentStore
{
    public Task<ConsentRecord> RecordDecisionAsync(ConsentDecision decision, CancellationToken cancellationToken = default) =>
        AppendAsync(decision.Person, "consent-record", _ => Task.FromResult<ConsentDecision?>(decision), cancellationToken)!;

    public Task<ConsentRecord?> RevokeAsync(string person, string clientId, CancellationToken cancellationToken = default) =>
        AppendAsync(person, "consent-revoke", async db =>
        {
            // Read after the head: if the grant changes after this read, the head changes too and the append retries.
            var grant = await db.HashGetAsync(context.Keys.Consents(person).Grants, clientId).ConfigureAwait(false);
            return grant.IsNull ? null : ConsentGrants.Revocation(person, StoreJson.Deserialize<ConsentGrant>((byte[])grant!));
        }, cancellationToken);

    public Task<ConsentGrant?> GetAsync(string person, string clientId, CancellationToken cancellationToken = default) =>
        context.RunAsync("consent-get", async db =>
        {
            var grant = await db.HashGetAsync(context.Keys.Consents(person).Grants, clientId).ConfigureAwait(false);
            return grant.IsNull ? null : StoreJson.Deserialize<ConsentGrant>((byte[])grant!);
        }, cancellationToken);

    public Task<IReadOnlyList<ConsentGrant>> ListAsync(string person, CancellationToken cancellationToken = default) =>
        context.RunAsync("consent-list", async db =>
        {
            var entries = await db.HashGetAllAsync(context.Keys.Consents(person).Grants).ConfigureAwait(false);
            IReadOnlyList<ConsentGrant> grants =
            [
                .. entries.Select(e => StoreJson.Deserialize<ConsentGrant>((byte[])e.Value!))
                    .OrderBy(g => g.ClientId, StringComparer.Ordinal),
            ];
            return grants;
        }, cancellationToken);

    public async Task<IReadOnlyList<ConsentRecord>> ReadRecordsAsync(string person, CancellationToken cancellationToken = default)
    {
        var (records, _) = await ReadChainAsync(person, cancellationToken).ConfigureAwait(false);
        return records.Select((r, i) => r ?? throw new InvalidDataException($"Consent record {i + 1} is unreadable.")).ToList();
    }

    public async Task<ChainVerification> VerifyRecordsAsync(string person, CancellationToken cancellationToken = default)
    {
        var (records, head) = await ReadChainAsync(person, cancellationToken).ConfigureAwait(false);
        return ConsentChain.Verify(records, head);
    }

    private Task<(List<ConsentRecord?> Records, ChainHead Head)> ReadChainAsync(string person, CancellationToken cancellationToken) =>
        context.RunAsync("consent-read", async db =>
        {
            var keys = context.Keys.Consents(person);
            var head = ChainHead.Parse(await db.StringGetAsync(keys.Head).ConfigureAwait(false));
            var values = await db.ListRangeAsync(keys.Log).ConfigureAwait(false);
            return (values.Select(TryParse).ToList(), head);
        }, cancellationToken);

    private async Task<ConsentRecord?> AppendAsync(
        string person, string operation, Func<IDatabase, Task<ConsentDecision?>> decide, CancellationToken cancellationToken)
    {
        var keys = context.Keys.Consents(person);
        for (var attempt = 1; attempt <= context.Options.MaxAppendAttempts; attempt++)
        {
            var attemptResult = await context.RunAsync(operation, async db =>
            {
                var headText = (string?)await db.StringGetAsync(keys.Head).ConfigureAwait(false);
                if (await decide(db).ConfigureAwait(false) is not { } decision)
                {
                    return new AppendAttempt(Done: true, Record: null);
                }
                var record = ConsentChain.Next(ChainHead.Parse(headText), decision, context.Time.GetUtcNow());
                var (mode, grant) = record.Action switch
                {
                    ConsentAction.Granted => ("grant", (RedisValue)StoreJson.Serialize(ConsentGrants.From(record))),
                    ConsentAction.Revoked => ("revoke", RedisValue.EmptyString),
                    _ => ("none", RedisValue.EmptyString),
                };
                RedisValue[] args =
                [
                    headText ?? string.Empty, new ChainHead(record.Sequence, record.Hash).Format(),
                    StoreJson.Serialize(record), mode, record.ClientId, grant,
                ];
                var result = (RedisResult[])(await db.ScriptEvaluateAsync(
                    RedisScripts.ConsentAppend, [keys.Head, keys.Log, keys.Grants], args).ConfigureAwait(false))!;
                return new AppendAttempt(Done: (long)result[0] == 1, record);
            }, cancellationToken).ConfigureAwait(false);
            if (attemptResult.Done)
            {
                return attemptResult.Record;
            }
        }
        RedisStoreLog.Contention(logger, operation, context.Options.MaxAppendAttempts);
        throw new StoreUnavailableException($"'{operation}' kept conflicting with concurrent appends; try again.");
    }

    /// <summary>Done: appended, or nothing to append (Record null). Not done: the head moved; try again.</summary>
    private readonly record struct AppendAttempt(bool Done, ConsentRecord? Record);

    private static ConsentRecord? TryParse(RedisValue value)
    {
        try
        {
            return value.IsNull ? null : JsonSerializer.Deserialize<ConsentRecord>((byte[])value!, StoreJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
