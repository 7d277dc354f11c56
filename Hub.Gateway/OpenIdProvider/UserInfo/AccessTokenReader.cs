using Hub.Gateway.OpenIdProvider.AccessTokens;
using Hub.Gateway.OpenIdProvider.Keys;

namespace Hub.Gateway.OpenIdProvider.UserInfo;

/// <summary>What a valid hub access token says (<see cref="Token.TokenIssuer"/> describes the token).</summary>
internal sealed record AccessTokenGrant(string Subject, string ClientId, DateTimeOffset IssuedAt, string? Released);

/// <summary>
/// Reads the hub's own access tokens back: opened with the key ring (<see cref="SealedAccessToken"/>: a key that
/// left the ring no longer opens anything, a changed byte opens nothing) and not expired by the injected clock.
/// Anything else is null: the caller answers <c>invalid_token</c>.
/// </summary>
internal sealed class AccessTokenReader(HubKeyRing keyRing, TimeProvider time)
{
    public async Task<AccessTokenGrant?> ReadAsync(string token, CancellationToken cancellationToken)
    {
        var keys = await keyRing.GetAsync(cancellationToken);
        return SealedAccessToken.Open(token, keys) is { } content && time.GetUtcNow() < content.ExpiresAt
            ? new AccessTokenGrant(content.Subject, content.ClientId, content.IssuedAt, content.Released)
            : null;
    }
}
