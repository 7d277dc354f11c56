using Hub.Gateway.Stores.Abstractions;
using Hub.Gateway.Stores.Serialization;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Stores.InMemory;

public sealed class InMemoryAuthorizationCodeStore(TimeProvider timeProvider, IOptions<HubStoreOptions> options) : IAuthorizationCodeStore
{
    private readonly ExpiringMap<(byte[] Data, CodeOwner Owner)> _codes = new(timeProvider);
    private readonly ExpiringMap<(CodeOwner Owner, DateTimeOffset RedeemedAt)> _redeemed = new(timeProvider);
    private readonly Lock _lock = new();

    public Task<bool> TryStoreAsync<T>(string code, T data, CodeOwner owner, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var key = KeyDigest.Of(code);
        var json = StoreJson.Serialize(data);
        lock (_lock)
        {
            return Task.FromResult(!_redeemed.TryGet(key, out _) && _codes.TryAdd(key, (json, owner), timeToLive));
        }
    }

    public Task<CodeRedemption<T>> TryRedeemAsync<T>(string code, CancellationToken cancellationToken = default)
    {
        var key = KeyDigest.Of(code);
        (byte[] Data, CodeOwner Owner) stored;
        DateTimeOffset now;
        lock (_lock)
        {
            if (!_codes.TryTake(key, out stored))
            {
                return Task.FromResult(_redeemed.TryGet(key, out var earlier)
                    ? new CodeRedemption<T>(CodeRedemptionStatus.AlreadyRedeemed, default, earlier.Owner, earlier.RedeemedAt)
                    : CodeRedemption<T>.NotFound);
            }
            now = timeProvider.GetUtcNow();
            _redeemed.Set(key, (stored.Owner, now), options.Value.RedeemedCodeRetention);
        }
        return Task.FromResult(new CodeRedemption<T>(CodeRedemptionStatus.Redeemed, StoreJson.Deserialize<T>(stored.Data), stored.Owner, now));
    }
}
