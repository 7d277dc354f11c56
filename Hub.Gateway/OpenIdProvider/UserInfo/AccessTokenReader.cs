using Hub.Gateway.OpenIdProvider.AccessTokens;
using Hub.Gateway.OpenIdProvider.Keys;

namespace Hub.Gateway.OpenIdProvider.UserInfo;

/// <summary>
/// Reads the hub's own access tokens back: opened with the key ring (<see cref="SealedAccessToken"/>: a key that
/// left the ring no longer opens anything, a changed byte opens nothing) and not expired by the injected clock.
/// Anything else is null: the caller answers <c>invalid_token</c>.
/// </summary>
internal sealed class AccessTokenReader(HubKeyRing keyRing, TimeProvider time)
{
    public async Task<AccessTokenContent?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        var keys = await keyRing.GetAsync(cancellationToken);
        return SealedAccessToken.Open(token, keys) is { } content && time.GetUtcNow() < content.ExpiresAt ? content : null;
    }
}
