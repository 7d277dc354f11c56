using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Serialization;
using StackExchange.Redis;

namespace Hub.Gateway.Stores.Redis;

/// <summary>
/// Codes at hub:{code:&lt;hash&gt;}:data with a redeemed marker at hub:{code:&lt;hash&gt;}:redeemed (same slot).
/// Redemption is one Lua script that takes the code and leaves the marker: never a GET followed by a DEL.
/// </summary>
internal sealed class RedisAuthorizationCodeStore(RedisStoreContext context) : IAuthorizationCodeStore
{
    public Task<bool> TryStoreAsync<T>(string code, T data, CodeOwner owner, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var (codeKey, redeemedKey) = context.Keys.Code(code);
        RedisValue[] args =
        [
            StoreJson.Serialize(data),
            StoreJson.Serialize(owner),
            Math.Max(1, (long)Math.Ceiling(timeToLive.TotalMilliseconds)),
        ];
        return context.RunAsync("code-store", async db =>
            (long)await db.ScriptEvaluateAsync(RedisScripts.CodeStore, [codeKey, redeemedKey], args).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task<CodeRedemption<T>> TryRedeemAsync<T>(string code, CancellationToken cancellationToken = default)
    {
        var (codeKey, redeemedKey) = context.Keys.Code(code);
        var now = context.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var retention = (long)context.Options.RedeemedCodeRetention.TotalMilliseconds;
        return context.RunAsync("code-redeem", async db =>
        {
            var result = (RedisResult[])(await db.ScriptEvaluateAsync(
                RedisScripts.CodeRedeem, [codeKey, redeemedKey], [now, retention]).ConfigureAwait(false))!;
            var status = (long)result[0];
            if (status == 0)
            {
                return CodeRedemption<T>.NotFound;
            }
            var owner = StoreJson.Deserialize<CodeOwner>((byte[])result[2]!);
            var redeemedAt = DateTimeOffset.FromUnixTimeMilliseconds((long)result[3]);
            return status == 1
                ? new CodeRedemption<T>(CodeRedemptionStatus.Redeemed, StoreJson.Deserialize<T>((byte[])result[1]!), owner, redeemedAt)
                : new CodeRedemption<T>(CodeRedemptionStatus.AlreadyRedeemed, default, owner, redeemedAt);
        }, cancellationToken);
    }
}
