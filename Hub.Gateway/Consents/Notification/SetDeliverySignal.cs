namespace Hub.Gateway.Consents.Notification;

/// <summary>Wakes this instance's delivery worker when a delivery was queued, so it need not wait for the next poll.</summary>
internal sealed class SetDeliverySignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, linked.Token);
        var woken = _signal.WaitAsync(linked.Token);
        await Task.WhenAny(delay, woken);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
