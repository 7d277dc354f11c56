using System.Collections.Concurrent;

namespace Hub.Gateway.OpenIdProvider.UserInfo;

/// <summary>A process-local revocation list: every token issued up to the revocation instant is refused.</summary>
public sealed class InMemoryTokenRevocationCheck : ITokenRevocationCheck
{
    private readonly ConcurrentDictionary<(string Subject, string ClientId), DateTimeOffset> _revokedAt = new();

    public void Revoke(string subject, string clientId, DateTimeOffset at)
        => _revokedAt.AddOrUpdate((subject, clientId), at, (_, existing) => existing > at ? existing : at);

    public Task<bool> IsRevokedAsync(string subject, string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
        => Task.FromResult(_revokedAt.TryGetValue((subject, clientId), out var at) && issuedAt <= at);
}
