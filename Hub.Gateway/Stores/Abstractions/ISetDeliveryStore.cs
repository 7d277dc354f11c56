namespace Hub.Gateway.Stores.Abstractions;

/// <summary>
/// The shared queue of SET deliveries: it survives restarts (Redis) and every instance works from it. A delivery
/// taken by one instance is leased (hidden from the others) until it is updated or the lease runs out, so a crashed
/// instance's delivery is attempted again by another.
/// </summary>
public interface ISetDeliveryStore
{
    /// <summary>Queues a delivery, due at its <see cref="SetDelivery.NextAttemptAt"/>; it becomes the latest one for (owner, client).</summary>
    Task AddAsync(SetDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> deliveries due at <paramref name="now"/>, each leased for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<SetDelivery>> LeaseDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Saves an attempt's result: Delivered and Failed leave the queue, Retrying is due again at its next attempt.</summary>
    Task UpdateAsync(SetDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>The latest delivery for the person's consent to this client (what the dashboard shows), or null.</summary>
    Task<SetDelivery?> GetLatestAsync(string owner, string clientId, CancellationToken cancellationToken = default);
}
