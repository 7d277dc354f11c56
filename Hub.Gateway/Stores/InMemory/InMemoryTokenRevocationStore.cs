using System.Collections.Concurrent;
using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.InMemory;

public sealed class InMemoryTokenRevocationStore : ITokenRevocationStore
{
    private readonly ConcurrentDictionary<(string Subject, string ClientId), DateTimeOffset> _revokedAt = new();

    public Task RevokeAsync(string subject, string clientId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        _revokedAt.AddOrUpdate((subject, clientId), at, (_, existing) => existing >= at ? existing : at);
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> GetRevokedAtAsync(string subject, string clientId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_revokedAt.TryGetValue((subject, clientId), out var at) ? at : (DateTimeOffset?)null);
}
