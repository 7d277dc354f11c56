using Hub.Gateway.Stores.Abstractions;

namespace Hub.Gateway.Stores.InMemory;

/// <summary>The delivery queue in process memory (one instance; lost on restart).</summary>
public sealed class InMemorySetDeliveryStore : ISetDeliveryStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (SetDelivery Delivery, DateTimeOffset DueAt)> _deliveries = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Owner, string ClientId), string> _latest = [];

    public Task AddAsync(SetDelivery delivery, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _deliveries[delivery.Id] = (delivery, delivery.NextAttemptAt);
            _latest[(delivery.Owner, delivery.ClientId)] = delivery.Id;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SetDelivery>> LeaseDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var due = _deliveries.Values
                .Where(d => IsQueued(d.Delivery) && d.DueAt <= now)
                .OrderBy(d => d.DueAt)
                .Take(max)
                .Select(d => d.Delivery)
                .ToList();
            foreach (var delivery in due)
            {
                _deliveries[delivery.Id] = (delivery, now + lease);
            }
            return Task.FromResult<IReadOnlyList<SetDelivery>>(due);
        }
    }

    public Task UpdateAsync(SetDelivery delivery, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _deliveries[delivery.Id] = (delivery, delivery.NextAttemptAt);
        }
        return Task.CompletedTask;
    }

    public Task<SetDelivery?> GetLatestAsync(string owner, string clientId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_latest.TryGetValue((owner, clientId), out var id) && _deliveries.TryGetValue(id, out var entry)
                ? entry.Delivery
                : null);
        }
    }

    private static bool IsQueued(SetDelivery delivery) => delivery.State is SetDeliveryState.Pending or SetDeliveryState.Retrying;
}
