using Hub.Gateway.Stores.Abstractions;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// Revocations at hub:{sub:&lt;hash&gt;}:revoked, a hash of client id to revoked-at (unix milliseconds), kept for
/// <see cref="HubStoreOptions.RevocationRetention"/> after the latest revocation of the subject.
/// </summary>
internal sealed class RedisTokenRevocationStore(RedisStoreContext context) : ITokenRevocationStore
{
    public Task RevokeAsync(string subject, string clientId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        RedisValue[] args = [clientId, at.ToUnixTimeMilliseconds(), (long)context.Options.RevocationRetention.TotalMilliseconds];
        return context.RunAsync(
            "token-revoke",
            db => db.ScriptEvaluateAsync(RedisScripts.RevokeKeepLatest, [context.Keys.Revocations(subject)], args),
            cancellationToken);
    }

    public Task<DateTimeOffset?> GetRevokedAtAsync(string subject, string clientId, CancellationToken cancellationToken = default) =>
        context.RunAsync("token-revoked-at", async db =>
        {
            var value = await db.HashGetAsync(context.Keys.Revocations(subject), clientId).ConfigureAwait(false);
            return value.IsNull ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds((long)value);
        }, cancellationToken);
}
