namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// The Lua scripts that make multi-step changes atomic. Each script touches only keys of one hash tag (one slot),
/// so each runs whole on one Redis Cluster node. Redis runs a script without interleaving other commands.
/// </summary>
internal static class RedisScripts
{
    /// <summary>KEYS: doc. ARGV: data, ttl ms (0 = none). Creates version 1 unless the key exists. Returns 1 or 0.</summary>
    public const string VersionedCreate = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'v', '1', 'd', ARGV[1])
        if tonumber(ARGV[2]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 1
        """;

    /// <summary>KEYS: doc. ARGV: expected version, data, ttl ms (0 = keep). Returns 1 updated, 0 conflict, -1 not found.</summary>
    public const string VersionedReplace = """
        local v = redis.call('HGET', KEYS[1], 'v')
        if not v then return -1 end
        if v ~= ARGV[1] then return 0 end
        redis.call('HSET', KEYS[1], 'v', tostring(tonumber(v) + 1), 'd', ARGV[2])
        if tonumber(ARGV[3]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
        return 1
        """;

    /// <summary>KEYS: doc. ARGV: expected version. Deletes the doc only at that version. Returns 1 deleted, 0 otherwise.</summary>
    public const string VersionedDelete = """
        if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
        redis.call('DEL', KEYS[1])
        return 1
        """;

    /// <summary>KEYS: code, redeemed marker. ARGV: data, owner, ttl ms. Stores unless the code exists or was redeemed.</summary>
    public const string CodeStore = """
        if redis.call('EXISTS', KEYS[1]) == 1 or redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
        redis.call('HSET', KEYS[1], 'd', ARGV[1], 'o', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    /// <summary>
    /// KEYS: code, redeemed marker. ARGV: now (unix ms), marker retention ms. Takes the code and leaves the marker in
    /// one step. Returns {1, data, owner, at} redeemed, {2, '', owner, at} redeemed before, {0} unknown.
    /// </summary>
    public const string CodeRedeem = """
        local f = redis.call('HMGET', KEYS[1], 'd', 'o')
        if f[1] then
          redis.call('DEL', KEYS[1])
          redis.call('HSET', KEYS[2], 'o', f[2], 'at', ARGV[1])
          redis.call('PEXPIRE', KEYS[2], ARGV[2])
          return {1, f[1], f[2], ARGV[1]}
        end
        local m = redis.call('HMGET', KEYS[2], 'o', 'at')
        if m[1] then return {2, '', m[1], m[2]} end
        return {0}
        """;

    /// <summary>
    /// KEYS: head, log, grants. ARGV: expected head ('' if none), new head, record, mode (grant|revoke|none), client id,
    /// grant. Appends only if the head is still the expected one. Returns {1} or {0, current head}.
    /// </summary>
    public const string ConsentAppend = """
        local head = redis.call('GET', KEYS[1]) or ''
        if head ~= ARGV[1] then return {0, head} end
        redis.call('RPUSH', KEYS[2], ARGV[3])
        redis.call('SET', KEYS[1], ARGV[2])
        if ARGV[4] == 'grant' then redis.call('HSET', KEYS[3], ARGV[5], ARGV[6])
        elseif ARGV[4] == 'revoke' then redis.call('HDEL', KEYS[3], ARGV[5]) end
        return {1}
        """;

    /// <summary>
    /// KEYS: head, stream. ARGV: expected head ('' if none), new head, sequence, previous hash, hash, record.
    /// Returns {1, stream id} or {0, current head}.
    /// </summary>
    public const string AuditAppend = """
        local head = redis.call('GET', KEYS[1]) or ''
        if head ~= ARGV[1] then return {0, head} end
        local id = redis.call('XADD', KEYS[2], '*', 'seq', ARGV[3], 'prev', ARGV[4], 'hash', ARGV[5], 'record', ARGV[6])
        redis.call('SET', KEYS[1], ARGV[2])
        return {1, id}
        """;

    /// <summary>KEYS: revocations. ARGV: client id, revoked-at (unix ms), retention ms. Keeps the later instant.</summary>
    public const string RevokeKeepLatest = """
        local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '-1')
        if tonumber(ARGV[2]) > current then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;
}
