using Hub.Gateway.Stores.Serialization;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// Every Redis key the stores use. The part in braces is the Redis Cluster hash tag: all keys of one flow, one code or
/// one subject share a slot, so the scripts that touch several of them are slot-safe. Values from outside (ids, codes,
/// subjects, correlation values) appear only as their SHA-256 (see <see cref="KeyDigest"/>).
/// </summary>
internal sealed class RedisKeyspace(string prefix)
{
    public string Prefix => prefix;

    public RedisKey Flow(string flowId) => $"{prefix}{{flow:{KeyDigest.Of(flowId)}}}:state";

    public RedisKey Correlation(string correlation) => $"{prefix}{{corr:{KeyDigest.Of(correlation)}}}:flow";

    public RedisKey Replay(string key) => $"{prefix}{{replay:{KeyDigest.Of(key)}}}:seen";

    public (RedisKey Code, RedisKey Redeemed) Code(string code)
    {
        var tag = $"{prefix}{{code:{KeyDigest.Of(code)}}}";
        return (tag + ":data", tag + ":redeemed");
    }

    public (RedisKey Grants, RedisKey Log, RedisKey Head) Consents(string subject)
    {
        var tag = SubjectTag(subject);
        return (tag + ":consents", tag + ":consent-log", tag + ":consent-head");
    }

    public RedisKey Revocations(string subject) => SubjectTag(subject) + ":revoked";

    public (RedisKey Stream, RedisKey Head) Audit(int partition) =>
        ($"{prefix}{{audit:{partition}}}:stream", $"{prefix}{{audit:{partition}}}:head");

    public RedisKey HubKeys => $"{prefix}signing-keys";

    public RedisKey DataProtectionKeys => $"{prefix}dataprotection-keys";

    /// <summary>The short lock of the instance creating the first data-protection key on an empty Redis.</summary>
    public RedisKey DataProtectionKeyCreation => $"{prefix}dataprotection-keys:creating";

    private string SubjectTag(string subject) => $"{prefix}{{sub:{KeyDigest.Of(subject)}}}";
}
